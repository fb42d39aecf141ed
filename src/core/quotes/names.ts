import { NAME_PARTICLES } from '../name-particles.ts';
import { isGivenName } from './given-names.ts';
import { isListedRoleNoun } from './roles.ts';

// Person-name mentions: runs of capitalized words ("Olga Lazorkina", "James P. Kennedy Jr.",
// "Ursula von der Leyen"), with honorifics and titles in front split off ("Gen. Mark Milley",
// "Indiana House Speaker Brian Bosma") and organisation- or place-like runs left out.

export interface NameMention {
  start: number;
  end: number;
  /** Name words without honorifics, titles or a possessive. */
  words: string[];
  /** Capitalized title words printed right before the name ("Prime Minister"). */
  title: string | null;
  /** Capitalized words before the title in the same run ("InfoNation" President X). */
  titleOrg: string | null;
  /** From an honorific: "m" (Mr), "f" (Mrs, Ms, Miss). */
  gender: 'm' | 'f' | null;
  possessive: boolean;
}

// (A Map: no word from the page can reach an inherited property, and it is asked of every word of
// every name run.)
const HONORIFICS = new Map<string, 'm' | 'f' | null>(
  Object.entries({
    mr: 'm',
    mrs: 'f',
    ms: 'f',
    miss: 'f',
    dr: null,
    prof: null,
    sir: 'm',
    dame: 'f',
    lord: 'm',
    lady: 'f',
    rev: null,
    herr: 'm',
    frau: 'f',
    monsieur: 'm',
    madame: 'f',
    mme: 'f',
    sen: null,
    rep: null,
    gov: null,
    gen: null,
    col: null,
    lt: null,
    capt: null,
    sgt: null,
    maj: null,
    adm: null,
    insp: null,
    det: null,
    supt: null,
    atty: null,
    pres: null,
    hon: null,
    del: null,
    // Advocate (southern Africa).
    adv: null,
  }),
);

// Capitalized words that head or precede a name as its title ("President", "Foreign Minister").
const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary senator representative congressman congresswoman ' +
    'governor lieutenant general colonel major captain sergeant admiral commander marshal judge ' +
    'justice chancellor ambassador commissioner mayor chairman chairwoman chair director coach ' +
    'professor detective officer inspector chief superintendent speaker king queen prince princess ' +
    'pope father sister brother rabbi imam sheikh cardinal bishop archbishop deputy acting former ' +
    'foreign defense defence interior finance justice health education state attorney press ' +
    'treasury trade labor labour home energy agriculture transport leader minority majority ' +
    'democrat republican democratic conservative labour liberal independent candidate nominee ' +
    'ceo cfo coo founder executive manager head analyst spokesman spokeswoman spokesperson ' +
    'economist strategist counsel premier emir crown sen rep gov gen senior associate assistant ' +
    'principal general-secretary secretary-general director-general undersecretary envoy dr mr ' +
    'mrs ms officer councilman councilwoman councillor alderman assemblyman assemblywoman ' +
    'delegate pastor reverend rev saint administrator commissioner ' +
    // The same titles in other languages, where the lists below miss them.
    'presiden presidente président premierminister adv advocate ' +
    // First words of compound ranks: "Rear Admiral", "Wing Commander", "Air Marshal".
    'rear wing squadron brigadier air'
  ).split(' '),
);

// Words that make a capitalized run an organisation, a place or a thing, not a person.
const NOT_PERSON_WORDS = new Set(
  (
    'institute institution university college school academy ministry department council party ' +
    'inc corp corporation co ltd llc plc gmbh ag sa company companies group bank securities ' +
    'association foundation commission committee agency office authority service services news ' +
    'times post journal press house court congress senate assembly parliament church hospital ' +
    'police army force forces navy guard club team league union federation organization ' +
    'organisation fund trust board bureau project program programme network media systems ' +
    'alliance coalition ' +
    'technologies technology labs airlines airways motors energy electric holdings partners capital ' +
    'ventures review magazine street road avenue square park bridge river island islands mountain ' +
    'city county state states republic kingdom province district region valley airport station ' +
    'center centre museum library gallery studio studios records pictures entertainment ' +
    'international national global world united nations european american federal central ' +
    'reserve exchange market markets index stock daily weekly herald tribune gazette telegraph ' +
    'guardian observer chronicle courier express mail standard globe monitor radio television tv ' +
    'channel broadcasting report reports study studies survey poll research science sciences ' +
    "health care medical clinic laboratory laboratories industries industry group's brothers " +
    'cup championship games olympics series award awards prize festival conference summit forum ' +
    'act bill law treaty accord agreement plan strategy initiative campaign movement revolution ' +
    'amendment constitution charter ' +
    'war battle crisis day week month year times north south east west northern southern eastern ' +
    'western new san los las santa hong kong saint fort lake bay beach coast ocean sea gulf ' +
    'airport hotel restaurant cafe bar mall tower building hall palace castle cathedral temple ' +
    'mosque synagogue stadium arena field prison jail avenue boulevard highway route ' +
    'prosecution affairs security defence defense intelligence operations communications relations ' +
    'development equities institutional investments investment advisors advisers consulting ' +
    'rights chamber commerce solutions robotics aerospace pharmaceuticals therapeutics biotech software ' +
    // Countries and regions that print right before a name ("ambassador to Britain Liu Xiaming").
    'britain england scotland wales ireland china russia america usa france germany japan india ' +
    'israel iran iraq syria ukraine belarus turkey egypt canada mexico brazil australia italy spain ' +
    'poland korea pakistan afghanistan qatar sweden norway finland denmark netherlands belgium ' +
    'austria switzerland greece portugal hungary romania serbia croatia lebanon libya yemen saudi ' +
    'arabia emirates kuwait oman bahrain palestine gaza taiwan vietnam thailand indonesia malaysia ' +
    'philippines singapore nigeria kenya ethiopia ghana sudan somalia algeria morocco tunisia ' +
    'argentina chile colombia peru venezuela cuba europe africa asia beijing moscow washington ' +
    'london paris berlin kyiv kiev tokyo delhi tehran baghdad damascus kabul ankara cairo'
  ).split(' '),
);

// Capitalized words that are not part of a name (sentence openers, calendar words, pronouns).
const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or nor so yet for in on at to from by with without of off over under after ' +
    'before during since until while when where why how what who whom whose which that this these ' +
    'those there here then than if unless although though because as also still yes no not now ' +
    'it its he she they we i you his her their our my your him them us me monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september ' +
    'october november december today yesterday tomorrow meanwhile however instead despite ' +
    'according asked last next earlier later some many most all both each every other another ' +
    'several few numerous various ' +
    'one two three four five six seven eight nine ten such even only just please thanks read more ' +
    'photo image images video click watch sign subscribe follow share advertisement getty ' +
    'associated breaking live update updated editor note story source sources via copyright ' +
    'related latest top trending home menu search english god allah christmas easter ramadan ' +
    'covid coronavirus internet web online ' +
    // German: articles, prepositions and sentence openers are capitalized like names.
    'der die das den dem des ein eine einer eines einem auf am im an zu zur zum seit vor nach mit ' +
    'von bei aus für über unter ist sind war wird welcher welche welches mehrere viele alle uhr ' +
    'etwa laut auch noch nur angaben wie wenn weil dass doch bereits heute gestern morgen'
  ).split(' '),
);
// Companies named with a common word: not people, but employers ("Apple CEO Tim Cook").
const COMPANY_WORDS = [
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'google',
  'apple',
  'amazon',
  'microsoft',
];
for (const w of COMPANY_WORDS) NOT_NAME_WORDS.add(w);

export function isCompanyWord(word: string): boolean {
  return COMPANY_WORDS.includes(lower(word));
}

// German occupations and offices before a name ("Innenminister", "Kriminologin", "Polizeipräsident"),
// alone or heading a compound ("Usyk-Promoter", "Tournee-Sieger", "Teamkollege").
const GERMAN_TITLE =
  /(?:präsident|minister|sprecher|chef|direktor|leiter|anwalt|anwält|forscher|experte|expert|professor|ologe|olog|vorsitzende|berater|botschafter|kanzler|bürgermeister|trainer|sekretär|kapitän|papst|kardinal|dissident|student|journalist|aktivist|polizist|politiker|wissenschaftler|autor|schauspieler|moderator|reporter|promoter|kommissar|abgeordnete|kandidat|funktionär|spieler|sieger|kollege|gründer|beauftragte|vize)(?:in)?$/;
// Feminine nouns of occupation end in -in after an agent suffix ("Schülerin", "Autorin",
// "Studentin", "Journalistin"); a given name ending so ("Valentin", "Severin") is in the list.
const GERMAN_FEMININE_TITLE = /^\p{Ll}{3,}(?:er|or|ent|ist|log|ant|and|at|eur|är|iker)in$/u;

// Occupations that are surnames too ("Richter", "Lehrer"): titles only in a compound
// ("Mitschüler Nicolas", "Landesbischof Christian Kopp", "Chefarzt", "Bundesrichter").
const GERMAN_COMPOUND_TITLE =
  /^\p{Ll}{3,}(?:schüler|lehrer|bischof|pfarrer|arzt|richter|sänger|arbeiter|vertreter|händler|unternehmer|pfleger|fahrer|ermittler|kämpfer)(?:in)?$/u;

const PARTICLES = new Set([...NAME_PARTICLES, 'st.']);

const PLURAL_ARTICLES = new Set(['los', 'las', 'les', 'gli', 'os']);
// Italian, Spanish and French prepositions merged with an article.
const MERGED_ARTICLES = new Set(
  'della dello delle degli dell del dal dalla dallo dai dagli nella nello nel sulla sul alla allo du des'.split(
    ' ',
  ),
);

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
// A name word: capitalized words, also inner capitals ("McDonald", "DeSantis", "LaGuardia") and
// hyphens or apostrophes ("Al-Sayed", "D’Amato"); initials ("J.", "U.S."); "O’Brien"; "Jr.", "III".
// (Written with few Unicode classes: each costs the regex compiler time on every page.)
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]+)*|(?:\p{Lu}\.)+|O['’]\p{Lu}\p{Ll}+|[JS]r\.|II|III|IV)$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

// A capital and the rest of its token, as TOKEN reads it on.
const CAPITAL_RUN = /\p{Lu}[\p{L}\p{M}'’-]*\.?/gu;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Whether TOKEN, scanning `text` from its start, begins a token at `at`: it does unless a letter
 * or mark, then only letters, marks, apostrophes and hyphens, come right before. */
function beginsToken(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "'" || c === '’' || c === '-') continue;
    const low = text.charCodeAt(i);
    // (ASCII told by its code: asked before every capital of the text.)
    if (low < 128) return !((low >= 65 && low <= 90) || (low >= 97 && low <= 122));
    // An astral letter is two code units: test the whole code point.
    const ch = low >= 0xdc00 && low <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : c;
    return !LETTER_OR_MARK.test(ch);
  }
  return true;
}

/** The first token starting with a capital at or after `from`, as a scan of the whole text would
 * find it. (Code, not a lookbehind: an unbounded lookbehind is quadratic on long words; the look
 * back here passes only apostrophes and hyphens, each of which comes before one capital at most.) */
function capitalTokenFrom(text: string, from: number): RegExpExecArray | null {
  for (;;) {
    CAPITAL_RUN.lastIndex = from;
    const m = CAPITAL_RUN.exec(text);
    if (!m || beginsToken(text, m.index)) return m;
    // The run is the rest of an earlier token: no capital in it begins one.
    from = m.index + m[0].length;
  }
}

/** The first token at or after `from`, as a scan of the whole text would find it. */
function tokenFrom(text: string, from: number): Token | null {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** Whether the word ends in an apostrophe or "'s" (as /['’]s?$/ tells, without a regex). */
function endsPossessive(w: string): boolean {
  const last = w[w.length - 1];
  if (last === "'" || last === '’') return true;
  const before = w[w.length - 2];
  return last === 's' && (before === "'" || before === '’');
}

/** The word without a final dot, then without a final apostrophe or "'s". */
function bare(w: string): string {
  let e = w.length;
  if (w[e - 1] === '.') e--;
  const last = w[e - 1];
  if (last === "'" || last === '’') e--;
  else if (last === 's' && (w[e - 2] === "'" || w[e - 2] === '’')) e -= 2;
  return e === w.length ? w : w.slice(0, e);
}

// Each word of a name run is lower-cased and asked about again and again, and the same words
// (sentence openers, the names themselves) come back all through the text: remember (bounded).
const lowered = new Map<string, string>();
function lower(w: string): string {
  let l = lowered.get(w);
  if (l === undefined) {
    if (lowered.size > 5000) lowered.clear();
    l = bare(w).toLowerCase();
    lowered.set(w, l);
  }
  return l;
}

export function isNotNameWord(word: string): boolean {
  return NOT_NAME_WORDS.has(lower(word));
}

export function isNotPersonWord(word: string): boolean {
  return NOT_PERSON_WORDS.has(lower(word));
}

/** Whether token `k` after a run's first token exists, reading the tokens up to it into `toks`. */
function readOn(text: string, toks: Token[], k: number): boolean {
  while (toks.length <= k) {
    const t = tokenFrom(text, toks[toks.length - 1].end);
    if (!t) return false;
    toks.push(t);
  }
  return true;
}

/**
 * Person-like name mentions in `text` (offsets relative to `text`). `closedQuoteEnd` may tell,
 * for a position inside a closed quotation, where the quotation ends: runs starting there are
 * left unread, for a name run cannot cross the closing mark and the caller drops mentions inside
 * quotations anyway.
 */
export function findNameMentions(text: string, closedQuoteEnd?: (pos: number) => number): NameMention[] {
  const out: NameMention[] = [];
  // Only tokens that start with a capital can open a name: the regex finds them without reading
  // out every word of the text, and the tokens a run reads on are read as it needs them (`toks`
  // holds the run's first token and those after it).
  let from = 0;
  for (;;) {
    const capital = capitalTokenFrom(text, from);
    if (!capital) break;
    const quoteEnd = closedQuoteEnd ? closedQuoteEnd(capital.index) : -1;
    if (quoteEnd >= 0) {
      from = quoteEnd;
      continue;
    }
    const head: Token = { text: capital[0], start: capital.index, end: capital.index + capital[0].length };
    // (It starts with a capital: the rest of isNameStart.)
    if (!isNameWord(head.text)) {
      from = head.end;
      continue;
    }
    const toks: Token[] = [head];
    // Extend the run over name words, particles between them, and the dot of an initial.
    let j = 0;
    const run: Token[] = [toks[0]];
    while (readOn(text, toks, j + 1)) {
      const gap = text.slice(toks[j].end, toks[j + 1].start);
      // "G.K. Butterfield": initials may print without a space between them (but "B.Braun" is a
      // company). A name never runs on over a paragraph break: a heading ending in a name ("… an
      // Papst Leo") and the paragraph after it ("Trump postet …") are two runs. (The one space
      // between most words is told without a regex.)
      if (
        !(
          gap === ' ' ||
          (/^\s+$/.test(gap) && !gap.includes('\n')) ||
          (gap === '' && /^\p{Lu}\.$/u.test(toks[j].text) && /^\p{Lu}\.$/u.test(toks[j + 1].text))
        ) ||
        endsPossessive(toks[j].text)
      )
        break;
      if (toks[j].text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(toks[j].text) && !isHonorific(toks[j].text))
        break;
      const next = toks[j + 1];
      if (PARTICLES.has(next.text.toLowerCase()) && readOn(text, toks, j + 2)) {
        // A particle that is also an article or a preposition joins a name only after a given
        // name ("Christian von Soest"), not after a surname: "sagte Bernd Bönte der Deutschen
        // Presse-Agentur" names a person, then a body.
        const afterGivenName = isGivenName(lower(run[run.length - 1].text));
        if (NOT_NAME_WORDS.has(next.text.toLowerCase()) && !afterGivenName) break;
        if (isNameWord(toks[j + 2].text)) {
          run.push(next, toks[j + 2]);
          j += 2;
          continue;
        }
        // Two particles after a given name: "Ursula von der Leyen", "Penélope de la Cruz" (after
        // a surname they open a body: "Andreas Pfeiffer von der Polizei").
        if (
          afterGivenName &&
          PARTICLES.has(toks[j + 2].text.toLowerCase()) &&
          readOn(text, toks, j + 3) &&
          isNameWord(toks[j + 3].text)
        ) {
          run.push(next, toks[j + 2], toks[j + 3]);
          j += 3;
          continue;
        }
      }
      const named =
        isNameWord(next.text) ||
        // "Christina N Luis": a middle initial printed without its dot.
        (/^\p{Lu}$/u.test(next.text) &&
          readOn(text, toks, j + 2) &&
          isNameWord(toks[j + 2].text) &&
          /^\s+$/.test(text.slice(next.end, toks[j + 2].start)));
      if (!named) break;
      run.push(next);
      j++;
    }
    from = toks[j].end;
    // A lone sentence opener ("The", "But") is no name: toMention would split it off and keep
    // nothing. (Most runs are such words.)
    if (run.length === 1 && NOT_NAME_WORDS.has(lower(run[0].text))) continue;
    if (run.length === 1 && isOpeningParticiple(text, run[0])) continue;
    const mention = toMention(text, run);
    if (mention) out.push(mention);
  }
  return out;
}

const FUNCTION_WORD =
  /^\s(?:at|a|an|the|to|in|on|about|with|for|from|by|his|her|their|its|this|that|these|after|before|during|over|into|up|out|off|back|down|through)\s/;

/** "Speaking at a rally, …", "Asked about …": a participle opening a sentence is no name. */
function isOpeningParticiple(text: string, tok: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tok.text)) return false;
  let i = tok.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i >= 0 && !/[.!?\n"“”'‘’(—–-]/.test(text[i])) return false;
  return FUNCTION_WORD.test(text.slice(tok.end, tok.end + 10));
}

// Asked of every capitalized token, and the same words come back all through the text: remember
// (bounded).
const nameWords = new Map<string, boolean>();
function isNameWord(raw: string): boolean {
  let is = nameWords.get(raw);
  if (is === undefined) {
    if (nameWords.size > 5000) nameWords.clear();
    is = readsAsNameWord(raw);
    nameWords.set(raw, is);
  }
  return is;
}

function readsAsNameWord(raw: string): boolean {
  if (raw.length > 40) return false;
  // "said Chris Matthews." — a sentence-final dot is not part of the name.
  const w = raw.endsWith('.') && /^\p{Lu}\p{Ll}{2,}\.$/u.test(raw) ? raw.slice(0, -1) : raw;
  // "Medical TriumphIn Rajgarh": a heading glued to the next sentence, not an inner capital.
  if (GLUED_WORD.test(w)) return false;
  // ("MS Egger-Lienz": in capitals an honorific is an abbreviation of something else.)
  return (
    NAME_WORD.test(w) ||
    // "SPD-Politiker Johannes Arlt", "UN-Botschafter Wassili Nebensja": a title compound with an
    // acronym, which the mention then splits off as the title.
    ACRONYM_COMPOUND.test(w) ||
    (HONORIFICS.has(lower(w)) && /^\p{Lu}\p{Ll}*\.?$/u.test(w))
  );
}

/** "SPD-Politiker", "AfD-Chef": an acronym, a hyphen and a title (the two as groups 1 and 2). */
export const ACRONYM_COMPOUND = /^(\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu})-(\p{Lu}\p{Ll}{3,})$/u;

const GLUED_WORD = /\p{Ll}(?:In|The|And|Of|On|At|To|For|But|As|He|She|It|We|They|This|After|When)$/u;

// "Said Ellis: “…”": a verb that opens the sentence before the speaker, not the given name Said.
const INVERTED_CUES = new Set(['said', 'says', 'added', 'adds', 'asked', 'wrote', 'writes']);

function isInvertedCue(text: string, run: Token[]): boolean {
  if (run.length < 2 || !INVERTED_CUES.has(lower(run[0].text))) return false;
  if (!/^\s*:/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 3))) return false;
  const before = text.slice(Math.max(0, run[0].start - 3), run[0].start).trimEnd();
  return !before || /[.!?”"\n]$/.test(before);
}

function toMention(text: string, run: Token[]): NameMention | null {
  let k = 0;
  let gender: 'm' | 'f' | null = null;
  let titleFrom = 0;
  // Split off everything up to the last honorific, title or not-a-name word.
  for (let t = 0; t < run.length; t++) {
    const w = lower(run[t].text);
    const honorific = isHonorific(run[t].text);
    // "Julie A. Diaz": an initial, not the article.
    if (isNameAfterAll(run, t) || /^\p{Lu}\.$/u.test(run[t].text)) continue;
    if (isSurnameParticle(run, t)) continue;
    if (
      honorific ||
      isTitleWord(w) ||
      NOT_NAME_WORDS.has(w) ||
      NOT_PERSON_WORDS.has(w) ||
      (t === 0 && isInvertedCue(text, run))
    ) {
      if (honorific) gender = HONORIFICS.get(w) ?? gender;
      if (NOT_NAME_WORDS.has(w) && !isTitleWord(w)) titleFrom = t + 1;
      k = t + 1;
    }
  }
  // "Los Gallardos", "Les Verts": a plural article makes a place, a family or a party of the run.
  if (k > 0 && PLURAL_ARTICLES.has(lower(run[k - 1].text))) return null;
  // "il senatore della Florida Marco Rubio", "le président du Conseil Charles Michel": after an
  // article merged with a preposition the word before a given name is a place or a body.
  if (k === 0 && run.length >= 3 && !isGivenName(lower(run[0].text)) && isGivenName(lower(run[1].text))) {
    const before = text.slice(Math.max(0, run[0].start - 16), run[0].start);
    const trimmed = before.trimEnd();
    const at = trimmed.lastIndexOf(' ');
    if (trimmed !== before && at >= 0 && MERGED_ARTICLES.has(trimmed.slice(at + 1))) k = 1;
  }
  const words = run.slice(k);
  if (!words.length) return null;
  const last = words[words.length - 1];
  const possessive = endsPossessive(last.text);
  // ("James P. Kennedy Jr.": an initial and a suffix keep their dots.)
  const names = words.map((w) => (/^(?:Jr|Sr|\p{Lu})\.$/u.test(w.text) ? w.text : bare(w.text)));
  if (names.every((n) => /^\p{Lu}\.?$/u.test(n))) return null;
  // "InfoNation President": the organisation, then the title words.
  const pre = run.slice(titleFrom, k).filter((w) => !isHonorific(w.text) || TITLE_WORDS.has(lower(w.text)));
  let firstTitle = pre.length;
  while (firstTitle > 0 && isTitleWord(lower(pre[firstTitle - 1].text))) firstTitle--;
  if (firstTitle === pre.length) firstTitle = -1;
  const title =
    firstTitle >= 0 ? text.slice(pre[firstTitle].start, pre[pre.length - 1].end).replace(/\.$/, '') : null;
  const titleOrg = firstTitle > 0 ? text.slice(pre[0].start, pre[firstTitle - 1].end) : null;
  return {
    start: words[0].start,
    end: last.start + names[names.length - 1].length,
    words: names,
    title,
    titleOrg,
    gender,
    possessive,
  };
}

/**
 * "Ursula von der Leyen": particles between a given name and the run's last word belong to the
 * surname, whatever else they are ("der" is also the German article; "Chef der Bank" no name).
 */
function isSurnameParticle(run: Token[], t: number): boolean {
  if (t === 0 || !PARTICLES.has(run[t].text)) return false;
  let before = t;
  while (before > 0 && PARTICLES.has(run[before].text)) before--;
  let after = t;
  while (after < run.length && PARTICLES.has(run[after].text)) after++;
  return after === run.length - 1 && isGivenName(lower(run[before].text));
}

/**
 * A listed word that is a name here: a given name before a surname ("Bill Clinton"), or a title
 * or calendar word as the surname after a given name or an honorific ("Charlie King", "Mr. King",
 * "Theresa May").
 */
function isNameAfterAll(run: Token[], t: number): boolean {
  const w = lower(run[t].text);
  if (t + 1 < run.length) {
    const next = lower(run[t + 1].text);
    // "President Park Geun-hye": a family name after a title, the given name ending the run.
    const afterTitle = t > 0 && t + 2 === run.length && isTitleWord(lower(run[t - 1].text));
    return (
      (isGivenName(w) || afterTitle) &&
      !isHonorific(run[t].text) &&
      !isTitleWord(next) &&
      !NOT_NAME_WORDS.has(next) &&
      !NOT_PERSON_WORDS.has(next)
    );
  }
  if (t === 0 || NOT_PERSON_WORDS.has(w) || isHonorific(run[t].text) || isListedRoleNoun(w)) return false;
  const prev = run[t - 1].text;
  return (
    (isGivenName(lower(prev)) && !isTitleWord(lower(prev))) || isHonorific(prev) || /^\p{Lu}\.$/u.test(prev)
  );
}

// Asked several times of each word of every name run, and the same words come back all through
// the text: remember (bounded).
const titleWords = new Map<string, boolean>();

/** A title word, or any occupation printed capitalized before a name ("Engineer Petra Holm"). */
function isTitleWord(w: string): boolean {
  let is = titleWords.get(w);
  if (is === undefined) {
    if (titleWords.size > 5000) titleWords.clear();
    is = readsAsTitleWord(w);
    titleWords.set(w, is);
  }
  return is;
}

function readsAsTitleWord(w: string): boolean {
  return (
    TITLE_WORDS.has(w) ||
    // "Major-Gen", "Lt-Col": compound ranks.
    (w.includes('-') && w.split('-').every((p) => TITLE_WORDS.has(p))) ||
    (isListedRoleNoun(w) && !NOT_NAME_WORDS.has(w)) ||
    GERMAN_TITLE.test(w) ||
    (w.endsWith('in') && GERMAN_FEMININE_TITLE.test(w) && !isGivenName(w)) ||
    GERMAN_COMPOUND_TITLE.test(w)
  );
}

function isHonorific(w: string): boolean {
  const l = lower(w);
  return HONORIFICS.has(l) && (/\.$/.test(w) || /^\p{Lu}\p{Ll}+$/u.test(w));
}

/** The surname of a name: its last word, leaving out generational suffixes. */
export function surnameOf(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!/^(?:Jr|Sr|II|III|IV)\.?$/.test(words[i]) && !/^\p{Lu}\.?$/u.test(words[i])) return words[i];
  }
  return words[words.length - 1] ?? '';
}
