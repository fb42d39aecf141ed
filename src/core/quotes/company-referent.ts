// "the company's chief operating officer", "company CEO Andy Vesey": the company is the business
// the text named last before the mention (a name with a business word, or an acronym).
import { trimEndChars, trimStartChars } from '../trim-chars.ts';
import { isAcronym, readOrg } from './institutions.ts';

const COMPANY_ROLE =
  /^(?:the\s+)?(?:company|firm|utility|carrier|startup|start-up|manufacturer)(?:['’]s)?\s/i;
const BUSINESS_WORDS = new Set(
  (
    'inc corp corporation co ltd llc plc gmbh ag sa company group bank securities systems ' +
    'technologies technology labs airlines airways motors energy electric holdings partners ' +
    'capital ventures industries robotics pharmaceuticals therapeutics software networks ' +
    'communications logistics foods brands'
  ).split(' '),
);
// Acronyms that are a post or a country, not a business.
const NOT_BUSINESS = /^(?:CEO|CFO|COO|CTO|CIO|U\.S\.|U\.K\.|US|UK|USA|EU|UN|U\.N\.)$/;
const WINDOW = 400;

/** Whether a role speaks of "the company" without naming it. */
export function isCompanyRole(role: string): boolean {
  return COMPANY_ROLE.test(`${role} `);
}

/** The business named last in the few sentences before `pos`, or null. */
export function findCompanyBefore(text: string, pos: number): string | null {
  const from = Math.max(0, pos - WINDOW);
  const token = /\S+/g;
  token.lastIndex = from;
  let found: string | null = null;
  for (let m = token.exec(text); m && m.index < pos; m = token.exec(text)) {
    const word = trimEndChars(trimStartChars(m[0], '"“‘(«'), ',.;:!?)"”’»').replace(/['’]s$/, '');
    if (isAcronym(word) && !NOT_BUSINESS.test(word)) {
      found = word;
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) continue;
    const org = readOrg(text, m.index);
    if (!org || org.end > pos) continue;
    const words = org.name.split(/\s+/);
    if (words.length >= 2 && words.some((w) => BUSINESS_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) {
      found = org.name;
      token.lastIndex = org.end;
    }
  }
  return found;
}
