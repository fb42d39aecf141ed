// Quoted experts: one hand-made fixture per quote pattern (tests/fixtures/quotes-<pattern>/), each
// checked for who is quoted, their role and institution, the passages found, and who is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findExperts } from '../../src/core/quotes/find-experts.ts';
import { roleHead } from '../../src/core/quotes/roles.ts';
import { findAnchor } from '../../src/core/text-anchor.ts';
import type { Expert } from '../../src/core/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface ExpectedExpert {
  name: string;
  role?: string | null;
  institution?: string | null;
  institutionAcronym?: string | null;
  quotes: string[];
  /** Text that must not be given to them (a clause mistaken for their words). */
  notQuotes?: string[];
}
interface Expected {
  experts: ExpectedExpert[];
  notExperts: string[];
}

function load(slug: string): { root: Element; title: string; expected: Expected } {
  const dir = join(FIXTURES, slug);
  const dom = new JSDOM(readFileSync(join(dir, 'page.html'), 'utf8'));
  const root = dom.window.document.querySelector('article') ?? dom.window.document.body;
  const title = dom.window.document.title;
  return { root, title, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
}

const norm = (s: string) =>
  s
    .replace(/[“”„«»"]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function check(slug: string): Expert[] {
  const { root, title, expected } = load(slug);
  const experts = findExperts({ root, authors: [], title });
  for (const want of expected.experts) {
    const got = experts.find((e) => e.name === want.name);
    expect(got, `${want.name} in ${experts.map((e) => e.name).join(', ')}`).toBeDefined();
    if (!got) continue;
    if (want.role !== undefined)
      expect(want.role ? roleHead(got.role ?? '') : got.role, `role of ${want.name}`).toBe(
        want.role ? roleHead(want.role) : null,
      );
    if (want.institution !== undefined)
      expect(got.institution, `institution of ${want.name}`).toBe(want.institution);
    if (want.institutionAcronym !== undefined) expect(got.institutionAcronym).toBe(want.institutionAcronym);
    for (const q of want.quotes) {
      expect(
        got.quotes.some((x) => norm(x.text).includes(norm(q))),
        `${want.name}: “${q}” in ${JSON.stringify(got.quotes.map((x) => x.text))}`,
      ).toBe(true);
    }
    // A passage starts at its words, not at the comma or colon that joined it to its cue.
    for (const x of got.quotes) expect(x.text, `${want.name}: “${x.text}”`).not.toMatch(/^[\s,;:]/);
    for (const q of want.notQuotes ?? [])
      expect(
        got.quotes.some((x) => norm(x.text).includes(norm(q))),
        `${want.name} must not say “${q}”`,
      ).toBe(false);
  }
  for (const bad of expected.notExperts) expect(experts.map((e) => e.name)).not.toContain(bad);
  expect(experts.length, experts.map((e) => e.name).join(', ')).toBe(expected.experts.length);
  return experts;
}

describe('quoted experts', () => {
  it('takes the full name the title gives to a surname the body alone uses, and ends a reported clause where another speaker is attributed inside it (quotes-title-names)', () => {
    check('quotes-title-names');
  });
  it('finds quotes in every mark style, nested and over paragraphs (quotes-quote-marks)', () => {
    check('quotes-quote-marks');
  });
  it('finds dash-led quotes and dash-interrupted attributions (quotes-dash-led)', () => {
    check('quotes-dash-led');
  });
  it('finds colon-introduced passages and the block paragraphs after them, also after an introduction (quotes-colon-introduced)', () => {
    check('quotes-colon-introduced');
  });
  it('finds reported speech in both orders and after "according to" (quotes-reported-speech)', () => {
    check('quotes-reported-speech');
  });
  it('keeps a mixed quote whole, skips quoted titles and gives no question to the one asked (quotes-mixed-quotes)', () => {
    check('quotes-mixed-quotes');
  });
  it('resolves surnames, pronouns and descriptors to named people (quotes-speaker-resolution)', () => {
    check('quotes-speaker-resolution');
  });
  it('reads role and institution from appositions and titles (quotes-appositions)', () => {
    check('quotes-appositions');
  });
  it('reads no role from a clause ("who replaced X as …", "told journalists"), only the one after "as" with its employer; "Simple Living" is no person (quotes-clause-appositions)', () => {
    check('quotes-clause-appositions');
  });
  it('reads German appositions: "X, Chefanalystin der Y", "X vom Vermögensverwalter Y" (quotes-german-appositions)', () => {
    check('quotes-german-appositions');
  });
  it('links acronyms to their institution, also through a descriptor (quotes-acronyms)', () => {
    check('quotes-acronyms');
  });
  it('never lists unnamed sources, organisations or people without words (quotes-unnamed-sources)', () => {
    check('quotes-unnamed-sources');
  });
  it('understands Russian and German cues, not German verbs of doing ("führt", "wies … zurück") (quotes-cues-other-languages)', () => {
    check('quotes-cues-other-languages');
  });
  it('resolves he/she to the last subject of fitting gender, not a nearer object (quotes-pronoun-salience)', () => {
    check('quotes-pronoun-salience');
  });
  it('lets appositions, brackets and "of Y" stand between speaker and verb (quotes-subject-gap)', () => {
    check('quotes-subject-gap');
  });
  it('reads given names, title-like surnames, family-name-first and Mr./Ms. right (quotes-name-forms)', () => {
    check('quotes-name-forms');
  });
  it('takes weak verbs ("recalled", "stated", "likened") only next to a quote or "that", never their object (quotes-weak-cues)', () => {
    check('quotes-weak-cues');
  });
  it('resolves qualified descriptors ("The Denver businessman") to the person the text is about (quotes-descriptors)', () => {
    check('quotes-descriptors');
  });
  it('ties "the company\'s officer" and "company CEO" to the business named just before (quotes-company-referent)', () => {
    check('quotes-company-referent');
  });
  it('reads an employer after what it is, drops honorifics and compound ranks from roles and names, and takes no nationality or conjunction for a role (quotes-role-forms)', () => {
    const experts = check('quotes-role-forms');
    expect(experts.find((e) => e.name === 'Kristina Box')?.role).toBe('State Health Commissioner');
  });
  it('reads institutions behind a nationality, with "of" inside, owned by an acronym; no country, state or nationality, place of residence, capitalized sentence opener, qualifier of the title or word the text writes in lower case (quotes-institution-forms)', () => {
    check('quotes-institution-forms');
  });
  it('reads "said Org co-CEO Name" and "Org CEO Name said", and no clause in "said Tuesday in …" (quotes-org-title-before-name)', () => {
    const experts = check('quotes-org-title-before-name');
    const whitfield = experts.find((e) => e.name === 'Dana Whitfield');
    expect(whitfield?.quotes.map((q) => q.text)).toEqual(['that the factory would reopen in the spring']);
  });
  it('reads employers from acronyms in roles and titled offices, not headline verbs (quotes-role-institution)', () => {
    check('quotes-role-institution');
  });
  it('keeps particles in surnames: "De Blasio" is "Bill de Blasio", "von der Leyen said" is hers, "Le Clair" keeps "Craig", "told reporters at City Hall" no clause (quotes-particle-surnames)', () => {
    check('quotes-particle-surnames');
  });
  it('reads "Said Raman:" as a verb before the speaker, not a given name (quotes-inverted-cue)', () => {
    check('quotes-inverted-cue');
  });
  it('finds the speaker after a described role ("according to talk radio host X") (quotes-described-role)', () => {
    check('quotes-described-role');
  });
  it('gives "X’s claim that …" and "X’s brief said" to X, not "X’s lawyer said" (quotes-owned-claim)', () => {
    check('quotes-owned-claim');
  });
  it('gives "…, tweeting, “…”" and "…, arguing that …" to the sentence speaker (quotes-participle-subject)', () => {
    check('quotes-participle-subject');
  });

  it('anchors every quote so it can be found again in the page (quotes-quote-marks)', () => {
    const { root } = load('quotes-quote-marks');
    const experts = findExperts({ root, authors: [] });
    const quotes = experts.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) {
      expect(q.anchor).toBeDefined();
      const range = q.anchor ? findAnchor(root, q.anchor) : null;
      expect(range, q.text).not.toBeNull();
      expect(norm(range?.toString() ?? '')).toBe(norm(q.text));
    }
  });

  it('leaves out byline authors unless quoted (quotes-reported-speech)', () => {
    const { root } = load('quotes-reported-speech');
    const experts = findExperts({ root, authors: ['Grace Okafor'] });
    expect(experts.map((e) => e.name)).not.toContain('Grace Okafor');
  });

  it('has a fixture test for every quote pattern file', () => {
    const src = join(import.meta.dirname, '../../src/core/quotes');
    const tested = readFileSync(import.meta.filename, 'utf8');
    const patterns = ['quote-marks', 'dash-led', 'colon-introduced', 'reported-speech', 'mixed-quotes'];
    for (const p of patterns) {
      expect(readdirSync(src)).toContain(`${p}.ts`);
      expect(tested).toContain(`(quotes-${p})`);
    }
  });

  it('never throws on empty or odd input', () => {
    const dom = new JSDOM('<body><article><p>“</p><p>” said</p><p>– –</p><p>: : :</p></article></body>');
    expect(findExperts({ root: dom.window.document.body, authors: [] })).toEqual([]);
  });
});
