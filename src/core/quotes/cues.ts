// Speech and thought cues: the verbs and phrases that tie words to a speaker ("said", "told",
// "points out", "believes", "is sure", "according to"), in English, Russian and German.

import { wordAlternation } from './word-alternation.ts';

const VERB_STEMS = (
  'say:said:says:saying tell:told:tells:telling add:added:adds:adding note:noted:notes:noting ' +
  'explain:explained:explains:explaining warn:warned:warns:warning claim:claimed:claims:claiming ' +
  'argue:argued:argues:arguing insist:insisted:insists:insisting stress:stressed:stresses:stressing ' +
  'emphasize:emphasized:emphasizes:emphasizing emphasise:emphasised:emphasises:emphasising ' +
  'state:stated:states:stating declare:declared:declares:declaring announce:announced:announces:announcing ' +
  'write:wrote:writes:writing:written tweet:tweeted:tweets:tweeting recall:recalled:recalls:recalling ' +
  'remark:remarked:remarks:remarking observe:observed:observes:observing comment:commented:comments:commenting ' +
  'reply:replied:replies:replying respond:responded:responds:responding answer:answered:answers:answering ' +
  'ask:asked:asks:asking acknowledge:acknowledged:acknowledges:acknowledging admit:admitted:admits:admitting ' +
  'concede:conceded:concedes:conceding confirm:confirmed:confirms:confirming deny:denied:denies:denying ' +
  'suggest:suggested:suggests:suggesting predict:predicted:predicts:predicting estimate:estimated:estimates:estimating ' +
  'believe:believed:believes:believing think:thought:thinks:thinking feel:felt:feels:feeling ' +
  'expect:expected:expects:expecting hope:hoped:hopes:hoping fear:feared:fears:fearing ' +
  'contend:contended:contends:contending maintain:maintained:maintains:maintaining assert:asserted:asserts:asserting ' +
  'allege:alleged:alleges:alleging caution:cautioned:cautions:cautioning urge:urged:urges:urging ' +
  'reiterate:reiterated:reiterates:reiterating continue:continued:continues conclude:concluded:concludes:concluding ' +
  'complain:complained:complains:complaining boast:boasted:boasts:boasting joke:joked:jokes:joking ' +
  'quip:quipped:quips shout:shouted:shouts yell:yelled:yells whisper:whispered:whispers ' +
  'testify:testified:testifies:testifying recount:recounted:recounts:recounting ' +
  'agree:agreed:agrees disagree:disagreed:disagrees mention:mentioned:mentions:mentioning ' +
  'underline:underlined:underlines:underlining highlight:highlighted:highlights:highlighting ' +
  'clarify:clarified:clarifies:clarifying promise:promised:promises:promising vow:vowed:vows:vowing ' +
  'pledge:pledged:pledges:pledging propose:proposed:proposes:proposing recommend:recommended:recommends:recommending ' +
  'assure:assured:assures:assuring reassure:reassured:reassures counter:countered:counters:countering ' +
  'retort:retorted:retorts wonder:wondered:wonders:wondering speculate:speculated:speculates:speculating ' +
  'reckon:reckoned:reckons elaborate:elaborated:elaborates indicate:indicated:indicates:indicating ' +
  'reveal:revealed:reveals:revealing disclose:disclosed:discloses:disclosing report:reported:reports ' +
  'describe:described:describes:describing accuse:accused:accuses:accusing charge:charged:charges ' +
  'demand:demanded:demands:demanding plead:pleaded:pleads:pled recommend:recommended ' +
  'summarize:summarized:summarizes summarise:summarised:summarises muse:mused:muses sigh:sighed:sighs ' +
  'lament:lamented:laments:lamenting scoff:scoffed:scoffs exclaim:exclaimed:exclaims ' +
  'point:pointed:points:pointing see:sees:saw:seeing consider:considered:considers:considering ' +
  'call:called:calls:calling blame:blamed:blames:blaming criticize:criticized:criticizes:criticizing ' +
  'criticise:criticised:criticises praise:praised:praises:praising liken:likened:likens:likening'
).split(' ');

const SPEECH_VERBS = new Set<string>();
for (const group of VERB_STEMS) for (const form of group.split(':')) SPEECH_VERBS.add(form);

// Verbs that need a particle or an object to report speech ("points out", "sees prospects"): only
// taken in the patterns that show them so.
const WEAK = new Set([
  'point',
  'pointed',
  'points',
  'pointing',
  'see',
  'sees',
  'saw',
  'seeing',
  'call',
  'called',
  'calls',
  'calling',
  'consider',
  'considered',
  'considers',
  'considering',
  'continue',
  'continued',
  'continues',
  'report',
  'reported',
  'reports',
  'charge',
  'charged',
  'charges',
  'state',
  'states',
  'expect',
  'expected',
  'expecting',
  'feel',
  'felt',
  'feels',
  'feeling',
  'hope',
  'hoped',
  'hopes',
  'answer',
  'answered',
  'answers',
  'liken',
  'likened',
  'likens',
  'likening',
  'describe',
  'described',
  'describes',
  'describing',
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'blame',
  'blamed',
  'blames',
  'blaming',
  'criticize',
  'criticized',
  'criticizes',
  'criticizing',
  'criticise',
  'criticised',
  'criticises',
  'praise',
  'praised',
  'praises',
  'praising',
  'demand',
  'demanded',
  'demands',
  'demanding',
  'agree',
  'agreed',
  'agrees',
  'disagree',
  'disagreed',
  'disagrees',
  'written',
  'thought',
  'fear',
  'feared',
  'fears',
  'fearing',
  'estimate',
  'estimated',
  'estimates',
  'estimating',
  'mention',
  'mentioned',
  'mentions',
  'mentioning',
  'recall',
  'recalled',
  'recalls',
  'recalling',
  'promise',
  'promised',
  'promises',
  'promising',
  'plead',
  'pleaded',
  'pleads',
  'pled',
  'indicate',
  'indicated',
  'indicates',
  'indicating',
  'testify',
  'testified',
  'testifies',
  'testifying',
  'confirm',
  'confirmed',
  'confirms',
  'confirming',
  'deny',
  'denied',
  'denies',
  'denying',
  'urge',
  'urged',
  'urges',
  'urging',
]);

// Other languages: Russian and German verbs of saying, in their common forms.
const FOREIGN = new Set(
  (
    'сказал сказала сказали говорит говорил говорила заявил заявила заявили отметил отметила ' +
    'подчеркнул подчеркнула считает считают уверен уверена пояснил пояснила добавил добавила ' +
    'рассказал рассказала сообщил сообщила указал указала полагает уточнил уточнила признал ' +
    'признала напомнил напомнила убежден убеждена ' +
    'sagte sagt sagten erklärte erklärt betonte betont meinte meint sagte, warnte warnt fügte ' +
    'kritisierte kritisiert schrieb schreibt berichtete berichtet ergänzte ergänzt erläuterte erläutert ' +
    'versicherte versichert räumte räumt stellte stellt hob hebt antwortete ' +
    'antwortet fragte fragt forderte fordert bekräftigte bekräftigt unterstrich unterstreicht ' +
    'bestätigte bestätigt mahnte mahnt erinnerte beklagte beklagt schilderte schildert bemerkte ' +
    'bemerkt entgegnete entgegnet erwiderte erwidert verkündete verkündet kündigte ' +
    'glaubt glaubte vermutet vermutete erzählte erzählt gestand ' +
    'gesteht behauptete behauptet verwies verweist appellierte appelliert'
  ).split(' '),
);

// Verbs that close a sentence of reported speech ("The plan will fail, Smith said.").
const CLOSING = new Set(
  (
    'said says added adds noted notes explained explains argued argues warned warns wrote writes ' +
    'told tells claimed claims insisted insists stressed stresses believes believed thinks thought ' +
    'contends contended maintained maintains acknowledged acknowledges conceded concedes predicted ' +
    'predicts cautioned cautions suggested suggests recalled recalls estimated estimates emphasized ' +
    'emphasised observed remarked reckons reckoned asserted asserts continued tweeted posted ' +
    'concluded concludes confirmed confirms stated states'
  ).split(' '),
);

/** A verb that may close a reported sentence after its speaker ("…, Smith said."). */
export function isClosingCue(word: string): boolean {
  return CLOSING.has(word.toLowerCase()) || FOREIGN.has(word.toLowerCase());
}

/** A Russian or German verb of saying, in lower case ("sagte", "bekräftigte", "заявил"). */
export function isForeignCue(word: string): boolean {
  return FOREIGN.has(word);
}

/** Any cue word (case-insensitive). */
export function isCueWord(word: string): boolean {
  const w = word.toLowerCase();
  return SPEECH_VERBS.has(w) || FOREIGN.has(w);
}

/** A cue word that reports speech on its own ("said"), not only in a fixed phrase. */
export function isStrongCue(word: string): boolean {
  const w = word.toLowerCase();
  return (SPEECH_VERBS.has(w) && !WEAK.has(w)) || FOREIGN.has(w);
}

/** Cue words that take a listener right after them ("told Reuters", "told reporters that"). */
export const TAKES_LISTENER = new Set([
  'told',
  'tells',
  'telling',
  'tell',
  'assured',
  'assures',
  'warned',
  'warns',
  'reminded',
  'urged',
  'asked',
  'informed',
]);

export interface CueMatch {
  start: number;
  end: number;
  /** The cue phrase as printed. */
  text: string;
  /** A verb that reports speech only in a strong position: right after or before a quote
   * ("…,” Brinkley recalled", "Smith stated that …"). */
  weak?: boolean;
}

// Weak verbs in forms that are verbs, not nouns ("recalled", not "recall"; "stated", not "state").
const WEAK_VERB_FORMS = new Set(
  (
    'recalled recalls recalling stated described describes describing urged urges urging confirmed ' +
    'confirms denied denies testified testifies indicated mentioned promised pleaded estimated ' +
    'continued continues agreed disagreed accused blamed criticized criticised praised demanded ' +
    'answered feared hoped felt expected considered charged thought called pointed likened likens'
  ).split(' '),
);

// Multi-word cues and cue phrases that carry the speaker after them ("according to X").
const PHRASES =
  /\b(?:points?\s+out|pointed\s+out|pointing\s+out|is\s+(?:sure|convinced|certain|confident)|are\s+(?:sure|convinced|certain|confident)|was\s+(?:sure|convinced|certain|confident)|sees?\s+(?:real\s+|good\s+|great\s+|no\s+|some\s+|clear\s+)?(?:prospects?|potential|risks?|threats?|opportunit(?:y|ies)|problems?|reasons?)|went\s+on|goes\s+on)\b/giu;

// German attributes a quote with "so" right after it: "„…“, so der Experte.", "»…«, so Aberle".
const GERMAN_SO = /[“"»«”],?\s+so\s/g;

// "Trump’s claim that …": a noun that reports speech when its owner and a "that" clause frame it.
const CLAIM_NOUNS = new Set(['claim', 'claims', 'warning', 'promise']);

function isOwnedClaim(text: string, at: number, word: string): boolean {
  return (
    CLAIM_NOUNS.has(word.toLowerCase()) &&
    /['’]s\s$/.test(text.slice(Math.max(0, at - 3), at)) &&
    /^\s+that\b/.test(text.slice(at + word.length, at + word.length + 6))
  );
}

// Every word the loop below may take, case aside: the regex engine finds them without a match
// for every word of the article, which in code the browser runs cold costs more than the regex.
// Case-insensitive matching folds at least every case lower-casing maps, so it misses none; each
// word it finds is checked as before. The look back for a letter follows the word, so it runs only
// where a listed word matches; with the look ahead, only a whole word matches. (Grouped by first
// letter: as a flat list of its 500 words, this regex took a fifth of the quotes stage.) The
// letter class comes from a literal, which the build spells out without u: the pattern then
// compiles without u as well, in two thirds of the time.
const LETTER = /\p{L}/u;
const CANDIDATES = new RegExp(
  `(${wordAlternation(
    [...SPEECH_VERBS, ...FOREIGN, ...CLAIM_NOUNS, ...WEAK_VERB_FORMS].filter((w) => /^\p{L}+$/u.test(w)),
  )})(?<!${LETTER.source}\\1)(?!${LETTER.source})`,
  `gi${LETTER.flags}`,
);

/** Cue phrases in `text`: single strong verbs and the fixed multi-word phrases. */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  const word = CANDIDATES;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0].toLowerCase();
    if ((SPEECH_VERBS.has(w) && !WEAK.has(w)) || FOREIGN.has(w) || isOwnedClaim(text, m.index, m[0]))
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    // A listed weak form starts with a cased letter: unchanged by lower-casing, it is lower case.
    else if (WEAK_VERB_FORMS.has(w) && m[0][0] === w[0])
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], weak: true });
  }
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(text); m; m = PHRASES.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  GERMAN_SO.lastIndex = 0;
  for (let m = GERMAN_SO.exec(text); m; m = GERMAN_SO.exec(text)) {
    const at = m.index + m[0].length - 3;
    out.push({ start: at, end: at + 2, text: 'so' });
  }
  return out.sort((a, b) => a.start - b.start);
}
