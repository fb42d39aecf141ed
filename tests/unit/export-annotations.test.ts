// Export of the popup's annotations (src/popup/export-annotations.ts) for the demo article.
import { describe, expect, test } from 'vitest';
import {
  annotationsJson,
  annotationsMarkdown,
  describeExpert,
  type ExportLabels,
} from '../../src/popup/export-annotations.ts';
import { DEMO_URL, demoAnalysis } from './support/demo-analysis.ts';

const LABELS: ExportLabels = {
  outlet: 'Outlet',
  url: 'Address',
  authors: 'Authors',
  published: 'Published',
  updated: 'Updated',
  readingTime: (n) => `${n} min read`,
  experts: 'Quoted experts',
  noExperts: 'No named person is quoted in this article.',
  quoteCount: (n) => `${n} quote${n === 1 ? '' : 's'}`,
  reported: 'paraphrased',
  untitled: 'Untitled',
};

describe('annotations export', () => {
  test('JSON: a stable schema with absolute author links and every quote', () => {
    const json = JSON.parse(annotationsJson(demoAnalysis(), new Date('2026-02-01T00:00:00Z')));
    expect(json).toMatchObject({
      format: 'sourcelight-annotations',
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
      url: DEMO_URL,
      outlet: { name: 'The Northern Ledger', domain: 'ledger.example' },
      authors: [
        { name: 'Mara Lindqvist', url: 'https://ledger.example/authors/mara-lindqvist/' },
        { name: 'Jonas Petraitis', url: 'https://ledger.example/authors/jonas-petraitis/' },
      ],
    });
    expect(json.experts[0]).toMatchObject({
      name: 'Ieva Markevičiūtė',
      institutionAcronym: 'BIES',
      quotes: [{ direct: true }, { direct: false }],
    });
    expect(json.experts[0].quotes[0]).not.toHaveProperty('anchor');
  });

  test('Markdown: header list, one section per expert, quotes as block quotes', () => {
    const md = annotationsMarkdown(demoAnalysis(), LABELS);
    expect(md).toContain('# Grid batteries carry the Baltic winter peak for the first time\n');
    expect(md).toContain('- Outlet: The Northern Ledger · ledger.example');
    expect(md).toContain(
      '- Authors: [Mara Lindqvist](https://ledger.example/authors/mara-lindqvist/), [Jonas Petraitis]',
    );
    expect(md).toContain(
      '### Ieva Markevičiūtė\n\nsenior analyst, Baltic Institute for Energy Studies (BIES) · 2 quotes',
    );
    expect(md).toContain('> “This is the winter when storage');
    expect(md).toContain('> the next step is longer storage rather than more of the same (paraphrased)');
    expect(md).toContain('### Henrik Aas\n\nchief economist, Nordvolt Trading · 1 quote');
  });

  test('Markdown of an article without experts says so', () => {
    expect(annotationsMarkdown({ ...demoAnalysis(), experts: [] }, LABELS)).toContain(LABELS.noExperts);
  });

  test('describeExpert joins role, institution and acronym', () => {
    expect(describeExpert({ role: null, institution: null, institutionAcronym: 'BIES' })).toBe('BIES');
    expect(describeExpert({ role: 'analyst', institution: 'BIES', institutionAcronym: 'BIES' })).toBe(
      'analyst, BIES',
    );
  });
});
