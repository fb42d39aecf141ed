// The words of picture galleries, players and ad slots that extraction keeps as text: "Image 1 of
// 23", "Caption", "Close", "Media playback is unsupported on your device", "This slideshow
// requires JavaScript.", "Advertisement", "Continue reading below". Controls, not sentences.

const COUNTER =
  /^(?:(?:image|photo|slide|picture|foto|bild|фото)\s*)?\d{1,3}\s*(?:of|\/|von|de|sur|из)(?:\s*\/)?\s*\d{1,3}$/i;
const CONTROL =
  /^(?:caption|close|hide caption|show caption|toggle caption|expand|enlarge|full ?screen|view (?:gallery|slideshow|full size|larger)|open gallery|next|previous|prev|back to (?:top|gallery)|replay|play|pause|mute|unmute|\d+ (?:photos?|images|pictures)|view \d+ (?:photos|images)|this slideshow requires javascript\.?|media playback is unsupported on your device|(?:your browser|this browser) does not support (?:the )?(?:video|audio)(?: (?:tag|element|player))?\.?|advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|реклама|sponsored|continue reading below|(?:the )?(?:story|article) continues below(?: (?:this )?(?:ad|advertisement))?|scroll to continue(?: with content)?|skip (?:ad|advert)|loading\.*|watch(?: video| now)?|listen(?: now)?|(?:share|tweet|email|print|save|comment)s?)$/i;

export function isWidgetLine(text: string): boolean {
  return text.length <= 90 && (COUNTER.test(text) || CONTROL.test(text));
}
