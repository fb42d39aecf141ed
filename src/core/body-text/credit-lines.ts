// Photo captions and credits that are not in a <figcaption>, and the article's own credits:
// "Photo: Hau Dinh, AP", "(Image: © NASA)", "Sakib Ali/Hindustan Times/Getty Images", "Image
// copyright Reuters", "(AP Photo/Alan Diaz, File)" at a caption's end, "Reporting by …; Editing
// by …", "… contributed to this report.", "Copyright © 2019 …". None of them is running text.

/** Lines that are a credit from their first word. */
const LEADS =
  /^[([]?\s*(?:(?:photos?|images?|pictures?|fotos?|bild(?:er)?|illustrations?|graphics?|videos?|sources?|credits?|фото|изображение|источник)(?:\s+(?:credits?|courtesy|source))?\s*(?::|©|\bby\b|\|)|image copyright\b|copyright\s*(?:©|ⓒ|\(c\)|\d{4})|[©ⓒ]|\(c\)\s*\d{4}|(?:additional )?(?:reporting|writing|editing|research|compiled) by\b|via (?:getty|ap|reuters|syndigate)|source: [^.]{1,60}$|личный архив)/i;
/** Lines ending in a credit in brackets: "(AP Photo/Alan Diaz, File)", "(Image: GETTY)". */
const TRAILING = /\((?:photo|image|picture|credit|foto|bild|фото)s?\b[^()]{0,80}\)\.?$/i;
/** Or a credit naming the agency inside the brackets: "(NASA via AP, File)", "(Photo by X/Getty Images)". */
const TRAILING_VIA =
  /\([^()]{0,60}\b(?:via (?:AP|Getty|Reuters|AFP)|AP Photo|Getty Images|for Getty)\b[^()]{0,40}\)\.?$/;
/** Or an agency alone in brackets, as agencies write themselves: "(Getty Images)", not "(ePA)". */
const TRAILING_AGENCY = /\((?:Getty(?: Images)?|GETTY|AP|AFP|Reuters|REUTERS|EPA|Shutterstock)\)\.?$/;
/** Or a picture desk path in brackets: "(NASA/JPL-Caltech/ASU)" (capitals, unlike "(km/h)"). */
const TRAILING_PATH = /\((?=[^()]{0,60}\/\s?\p{Lu})[^()]{4,120}\)\.?$/u;
/** Agencies and picture desks named in a short credit line, as they write themselves ("EPA", not "ePA"). */
const AGENCY =
  /\b(?:Getty Images|GETTY IMAGES|AP Photo|Associated Press|Reuters|REUTERS|AFP|Shutterstock|iStock(?:photo)?|EPA|Bloomberg|Alamy|dpa|DPA|PA Wire|PA Images|Rex Features|NurPhoto|RIA Novosti|TASS)\b|\/(?:Getty|GETTY)\b|\b(?:Getty|GETTY)\b/;
/** Agency captions: "In this Dec. 12, 2006, file photo, …", "In this photo taken on …". */
const FILE_PHOTO =
  /^in this (?:[^,]{0,30}, )?(?:\d{4},? )?(?:file )?(?:photo|image|picture|handout photo|undated photo)\b/i;
const ENDINGS =
  /(?:contributed (?:reporting|to this (?:report|story|article))\b[^.]{0,60}|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|все права защищены)\.?\)?$/i;

export function isCreditLine(text: string): boolean {
  const words = text.split(' ').length;
  if (words <= 40 && LEADS.test(text)) return true;
  if (words <= 60 && ENDINGS.test(text)) return true;
  if (words <= 50 && [TRAILING, TRAILING_PATH, TRAILING_AGENCY, TRAILING_VIA].some((re) => re.test(text)))
    return true;
  if (words <= 60 && FILE_PHOTO.test(text)) return true;
  return (
    words <= 8 && AGENCY.test(text) && !/[.!?]["”’]?$/.test(text.replace(/\b(?:Inc|Co|Corp|Ltd)\.$/, ''))
  );
}
