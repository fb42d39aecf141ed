// The analysis of tests/fixtures/demo-article/page.html as the UI receives it (html omitted), written
// out by hand so the component tests do not depend on the engine's current output.
import type { Analysis } from '../../../src/core/types.ts';

export const DEMO_URL = 'https://ledger.example/2026/01/14/grid-batteries/';

export function demoAnalysis(): Analysis {
  return {
    url: DEMO_URL,
    isArticle: true,
    articleScore: 0.95,
    title: 'Grid batteries carry the Baltic winter peak for the first time',
    outlet: { name: 'The Northern Ledger', domain: 'ledger.example' },
    authors: [
      { name: 'Mara Lindqvist', url: '/authors/mara-lindqvist/' },
      { name: 'Jonas Petraitis', url: '/authors/jonas-petraitis/' },
    ],
    published: '2026-01-14T07:30:00+02:00',
    modified: '2026-01-14T11:05:00+02:00',
    lang: 'en-GB',
    dir: null,
    excerpt: null,
    readingMinutes: 2,
    wordCount: 457,
    experts: [
      {
        name: 'Ieva Markevičiūtė',
        role: 'senior analyst',
        institution: 'Baltic Institute for Energy Studies',
        institutionAcronym: 'BIES',
        quotes: [
          {
            text: 'This is the winter when storage stopped being a pilot and became part of how we keep the lights on,',
            direct: true,
            anchor: {
              exact:
                'This is the winter when storage stopped being a pilot and became part of how we keep the lights on,',
              prefix: 'less than a third of that.\n\n“',
              suffix: '” said Dr. Ieva Markevičiūtė, a',
            },
          },
          {
            text: 'the next step is longer storage rather than more of the same',
            direct: false,
            anchor: {
              exact: 'the next step is longer storage rather than more of the same',
              prefix: 'Markevičiūtė believes that ',
              suffix: ':\n\nFour-hour batteries',
            },
          },
        ],
      },
      {
        name: 'Henrik Aas',
        role: 'chief economist',
        institution: 'Nordvolt Trading',
        institutionAcronym: null,
        quotes: [
          {
            text: 'At those spreads a battery pays back in six or seven years, and the banks have noticed,',
            direct: true,
            anchor: {
              exact:
                'At those spreads a battery pays back in six or seven years, and the banks have noticed,',
              prefix: 'a year earlier.\n\n“',
              suffix: '” Aas told the Ledger.',
            },
          },
        ],
      },
    ],
    clutter: [
      { kind: 'related', label: 'More', chars: 221 },
      { kind: 'trending', label: 'Trending Stories', chars: 125 },
    ],
    text: '',
    html: '',
    timingsMs: {},
  };
}
