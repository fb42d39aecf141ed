// Role and institution in German appositions: "X, Chefanalystin der Zinsplattform Raisin", "X,
// politischer Soziologe an der Berliner Humboldt-Universität", "X vom Vermögensverwalter Pimco".
// German capitalizes every noun, so a capitalized word after a preposition is no name by itself:
// an institution must read as one (an acronym, several words, or a word that names a body).

import type { PersonFacts } from './appositions.ts';
import { isAcronym, readOrg } from './institutions.ts';
import { isPlace } from './places.ts';
import { isGermanPersonNoun } from './roles.ts';

// Prepositions, with their article, that lead from a role or a name to the body it belongs to.
const TO_BODY =
  /^(?:der|des|von\s+der|von\s+dem|vom|von|am|an\s+der|an\s+dem|beim|bei\s+der|bei\s+dem|bei|im|in\s+der)\s+/;
// After a name with no comma only the prepositions of belonging ("X vom Vermögensverwalter Y").
const FROM_BODY = /^\s+(?:von\s+der|vom|beim|bei\s+der)\s+/;
// The role: an optional article, up to two adjectives, then the noun ("der frühere Leiter").
const ROLE = /^((?:der|die|ein|eine)\s+)?((?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{L}-]*)(?:\s+|$)/u;
const ADJECTIVE = /(?:e|er|en|es|em)$/;
const CONNECTIVE = /^(?:der|des|von|für|und)$/;
// Nouns that name a body ("Zentrum für …", "Landesamt", "Hochschule"; "Landtag", not "Montag").
const BODY_NOUN =
  /(?:universität|hochschule|institut|zentrum|akademie|stiftung|verband|gewerkschaft|partei|ministerium|amt|behörde|bank|klinik|klinikum|kommission|agentur|gesellschaft|konzern|verein|kirche|schule|gericht|polizei|bundeswehr|(?:bundes|land|kreis)tag|rat|senat|gruppe|netzwerk|verlag|sender)$/;
// A kind of business before its name ("Vermögensverwalter Pimco", "Direktbank ING"): in a compound
// only, for "Bank Austria" is a name.
const KIND_COMPOUND =
  /^\p{Lu}\p{Ll}{2,}(?:verwalter|bank|plattform|beratung|agentur|konzern|firma|dienstleister|versicherer|hersteller|anbieter|portal)$/u;

// Words of German prose that other languages written in Latin letters hardly use.
const GERMAN_WORD = / (?:der|das|und|nicht|sich|auch|ist|wird) /g;
let lastText = '';
let lastGerman = false;

/** Whether `text` is German prose (the rules here read Norwegian "sier" as an adjective). */
function isGerman(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastGerman = (text.slice(0, 4000).match(GERMAN_WORD)?.length ?? 0) >= 8;
  }
  return lastGerman;
}

/** "Verwalter der Heime", "Chefanalystin der Zinsplattform Raisin": a German apposition. */
export function readGermanApposition(text: string, at: number, phrase: string): PersonFacts | null {
  if (!isGerman(text)) return null;
  const m = ROLE.exec(phrase);
  if (!m) return null;
  const adjectives = m[2].trim();
  const noun = m[3];
  if (adjectives && !adjectives.split(/\s+/).every((a) => ADJECTIVE.test(a))) return null;
  if (!/\p{Ll}$/u.test(noun) || !(isGermanPersonNoun(noun, 'm') || isGermanPersonNoun(noun, 'f')))
    return null;
  const rest = phrase.slice(m[0].length);
  const prep = TO_BODY.exec(rest);
  // German must show: a preposition after the noun, or an article or an adjective before it.
  if (!prep && !m[1] && !adjectives) return null;
  const role = adjectives ? `${adjectives} ${noun}` : noun;
  const org = prep ? readBody(text, at + m[0].length + prep[0].length) : null;
  return { role, institution: org?.name ?? null, acronym: org?.acronym ?? null };
}

/** "X vom Vermögensverwalter Pimco", "X von der Gewerkschaft der Polizei": the body after a name. */
export function readGermanAffiliation(text: string, end: number): PersonFacts | null {
  if (!isGerman(text)) return null;
  const from = FROM_BODY.exec(text.slice(end, end + 16));
  if (!from) return null;
  const org = readBody(text, end + from[0].length);
  return org ? { role: null, institution: org.name, acronym: org.acronym } : null;
}

/** The organisation at `from`, when it reads as one in German. */
function readBody(text: string, from: number): { name: string; acronym: string | null } | null {
  const org = readOrg(text, from);
  if (!org || !/^[\p{L}\d]/u.test(org.name)) return null;
  let words = org.name.split(/\s+/);
  if (words.length > 1 && KIND_COMPOUND.test(words[0])) words = words.slice(1);
  // "wurde Vargas Llosa vom Verleger der Verlagsgruppe eingeladen": a person, not a body (but
  // "Berliner Charité": a place's adjective).
  else if (
    (words.length === 1 || CONNECTIVE.test(words[1])) &&
    (isGermanPersonNoun(words[0], 'm') || isGermanPersonNoun(words[0], 'f'))
  )
    return null;
  const name = words.join(' ');
  if (isPlace(name)) return null;
  const last = words[words.length - 1].toLowerCase();
  // (A body's noun alone is any one of them: "am Klinikum", but "am Universitätsklinikum".)
  const body = BODY_NOUN.exec(last);
  const reads = isAcronym(words[0]) || words.length > 1 || (!!body && body.index > 0) || org.name !== name;
  return reads ? { name, acronym: org.acronym } : null;
}
