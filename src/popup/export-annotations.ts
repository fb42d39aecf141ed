// The popup's annotations as a file a reader can keep: Markdown for notes, JSON for tools. The
// JSON keys are a stable English schema; the Markdown is written in the UI language.
import type { Analysis, Expert } from '../core/types.ts';
import { safeHttpUrl } from '../reader/safe-url.ts';

export type ExportInput = Pick<
  Analysis,
  | 'url'
  | 'title'
  | 'outlet'
  | 'authors'
  | 'published'
  | 'modified'
  | 'readingMinutes'
  | 'wordCount'
  | 'experts'
>;

export interface ExportLabels {
  outlet: string;
  url: string;
  authors: string;
  published: string;
  updated: string;
  readingTime: (minutes: number) => string;
  experts: string;
  noExperts: string;
  quoteCount: (n: number) => string;
  reported: string;
  untitled: string;
}

export function annotationsJson(a: ExportInput, exportedAt: Date = new Date()): string {
  return JSON.stringify(
    {
      format: 'sourcelight-annotations',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      authors: a.authors.map((x) => ({ name: x.name, url: safeHttpUrl(x.url, a.url) })),
      published: a.published,
      modified: a.modified,
      readingMinutes: a.readingMinutes,
      wordCount: a.wordCount,
      experts: a.experts.map((e) => ({
        name: e.name,
        role: e.role,
        institution: e.institution,
        institutionAcronym: e.institutionAcronym,
        quotes: e.quotes.map((q) => ({ text: q.text, direct: q.direct })),
      })),
    },
    null,
    2,
  );
}

/** "senior analyst, Baltic Institute for Energy Studies (BIES)" */
export function describeExpert(e: Pick<Expert, 'role' | 'institution' | 'institutionAcronym'>): string {
  const inst =
    e.institution && e.institutionAcronym && e.institution !== e.institutionAcronym
      ? `${e.institution} (${e.institutionAcronym})`
      : (e.institution ?? e.institutionAcronym);
  return [e.role, inst].filter(Boolean).join(', ');
}

/** Markdown text never starts a construct by accident. */
function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');
}

export function annotationsMarkdown(a: ExportInput, labels: ExportLabels): string {
  const lines: string[] = [`# ${mdEscape(a.title ?? labels.untitled)}`, ''];
  const outlet = [
    a.outlet.name,
    a.outlet.domain && a.outlet.domain !== a.outlet.name ? a.outlet.domain : null,
  ]
    .filter(Boolean)
    .join(' · ');
  if (outlet) lines.push(`- ${labels.outlet}: ${mdEscape(outlet)}`);
  if (a.url) lines.push(`- ${labels.url}: <${a.url}>`);
  if (a.authors.length) {
    const names = a.authors.map((x) => {
      const href = safeHttpUrl(x.url, a.url);
      return href ? `[${mdEscape(x.name)}](${href})` : mdEscape(x.name);
    });
    lines.push(`- ${labels.authors}: ${names.join(', ')}`);
  }
  if (a.published) lines.push(`- ${labels.published}: ${a.published}`);
  if (a.modified && a.modified !== a.published) lines.push(`- ${labels.updated}: ${a.modified}`);
  if (a.readingMinutes > 0) lines.push(`- ${labels.readingTime(a.readingMinutes)}`);
  lines.push('', `## ${labels.experts}`, '');
  if (!a.experts.length) lines.push(labels.noExperts, '');
  for (const e of a.experts) {
    lines.push(`### ${mdEscape(e.name)}`, '');
    const about = [describeExpert(e), labels.quoteCount(e.quotes.length)].filter(Boolean).join(' · ');
    lines.push(mdEscape(about), '');
    for (const q of e.quotes) {
      lines.push(q.direct ? `> “${mdEscape(q.text)}”` : `> ${mdEscape(q.text)} (${labels.reported})`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
