// Export the annotations (Markdown, JSON) and "Cite this article" (APA, MLA, BibTeX).
import { useState } from 'preact/hooks';
import type { Analysis } from '../core/types.ts';
import { plural, t } from '../i18n.ts';
import { CITATION_STYLES, type CitationStyle, citation, html, plainText } from './cite.ts';
import { copyText } from './clipboard.ts';
import { annotationsJson, annotationsMarkdown, type ExportLabels } from './export-annotations.ts';

const STYLE_LABEL: Record<CitationStyle, string> = { apa: 'APA 7', mla: 'MLA 9', bibtex: 'BibTeX' };

export function exportLabels(): ExportLabels {
  return {
    outlet: t('outlet'),
    url: t('address'),
    authors: t('authors'),
    published: t('published'),
    updated: t('updated'),
    readingTime: (n) => t('readingTime', n),
    experts: t('experts'),
    noExperts: t('noExperts'),
    quoteCount: (n) => plural('quoteCount', n),
    reported: t('quoteReported'),
    untitled: t('untitled'),
  };
}

export function ExportPanel({
  analysis,
  announce,
}: {
  analysis: Analysis;
  announce: (message: string) => void;
}) {
  const [style, setStyle] = useState<CitationStyle>('apa');
  const segments = citation(style, analysis);

  const copy = async (text: string, done: string, rich?: string) => {
    announce((await copyText(text, rich)) ? done : t('copyFailed'));
  };

  return (
    <>
      <section class="export" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('exportHeading')}</h2>
        <div class="buttons">
          <button
            type="button"
            data-testid="copy-markdown"
            onClick={() => copy(annotationsMarkdown(analysis, exportLabels()), t('copiedMarkdown'))}
          >
            {t('copyMarkdown')}
          </button>
          <button
            type="button"
            data-testid="copy-json"
            onClick={() => copy(annotationsJson(analysis), t('copiedJson'))}
          >
            {t('copyJson')}
          </button>
        </div>
      </section>
      <section class="cite" aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t('citeHeading')}</h2>
        <div class="cite-row">
          <label for="cite-style">{t('citeStyle')}</label>
          <select
            id="cite-style"
            data-testid="cite-style"
            value={style}
            onChange={(e) => setStyle((e.currentTarget as HTMLSelectElement).value as CitationStyle)}
          >
            {CITATION_STYLES.map((s) => (
              <option key={s} value={s}>
                {STYLE_LABEL[s]}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-testid="copy-citation"
            onClick={() =>
              copy(plainText(segments), t('copiedCitation'), style === 'bibtex' ? undefined : html(segments))
            }
          >
            {t('copy')}
          </button>
        </div>
        {style === 'bibtex' ? (
          <pre class="citation" data-testid="citation">
            {plainText(segments)}
          </pre>
        ) : (
          <p class="citation" data-testid="citation">
            {segments.map((s, i) => (s.italic ? <i key={i}>{s.text}</i> : <span key={i}>{s.text}</span>))}
          </p>
        )}
      </section>
    </>
  );
}
