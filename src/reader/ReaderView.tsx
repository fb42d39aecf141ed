// The reader view: the sanitized article with its title, outlet, byline, date and reading time,
// in the user's typography and theme.
import type { Analysis } from '../core/types.ts';
import type { ReaderSettings } from '../settings.ts';

export interface ReaderViewProps {
  analysis: Analysis;
  settings: ReaderSettings;
  onClose: () => void;
}

function formatDate(iso: string | null, lang?: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function ReaderView({ analysis, settings, onClose }: ReaderViewProps) {
  const date = formatDate(analysis.published);
  const byline = analysis.authors.map((a) => a.name).join(', ');
  return (
    <div
      class="sl-reader"
      data-theme={settings.theme}
      data-font={settings.font}
      style={{
        '--sl-size': `${settings.size}px`,
        '--sl-line': String(settings.lineHeight),
        '--sl-width': `${settings.width}ch`,
      }}
    >
      <div class="sl-toolbar" role="toolbar" aria-label="Reader">
        <button type="button" class="sl-close" onClick={onClose} aria-label="Close reader view">
          ✕
        </button>
      </div>
      <article
        class="sl-article"
        lang={analysis.lang ?? undefined}
        dir={analysis.dir === 'rtl' ? 'rtl' : analysis.dir === 'ltr' ? 'ltr' : undefined}
      >
        <header class="sl-header">
          {analysis.outlet.name && <p class="sl-outlet">{analysis.outlet.name}</p>}
          <h1 class="sl-title">{analysis.title}</h1>
          <p class="sl-meta">
            {byline && <span class="sl-byline">{byline}</span>}
            {date && <time dateTime={analysis.published ?? undefined}>{date}</time>}
            {analysis.readingMinutes > 0 && (
              <span class="sl-reading-time">{analysis.readingMinutes} min read</span>
            )}
          </p>
        </header>
        {/* analysis.html is DOMPurify-sanitized in core/sanitize.ts */}
        <div class="sl-content" dangerouslySetInnerHTML={{ __html: analysis.html }} />
      </article>
    </div>
  );
}
