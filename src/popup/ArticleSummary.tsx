// The popup's head: outlet and domain, title, byline with author links, published and updated
// dates (absolute, and relative such as "3 days ago"), reading time.
import type { Analysis } from '../core/types.ts';
import { formatDate, formatRelative, plural, t } from '../i18n.ts';
import { Byline } from '../reader/Byline.tsx';

function DateLine({
  iso,
  label,
  testId,
  now,
}: {
  iso: string | null;
  label: string;
  testId: string;
  now: Date;
}) {
  const absolute = formatDate(iso);
  if (!iso || !absolute) return null;
  const relative = formatRelative(iso, now);
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <time dateTime={iso}>{absolute}</time>
        {relative && <span class="relative"> ({relative})</span>}
      </dd>
    </div>
  );
}

/** Publication and update closer than a minute apart are one event, not two. */
function showUpdated(a: Pick<Analysis, 'published' | 'modified'>): boolean {
  if (!a.modified) return false;
  const p = a.published ? Date.parse(a.published) : Number.NaN;
  const m = Date.parse(a.modified);
  return Number.isNaN(p) || Number.isNaN(m) || Math.abs(m - p) >= 60_000;
}

export function ArticleSummary({ analysis, now = new Date() }: { analysis: Analysis; now?: Date }) {
  const { outlet } = analysis;
  const name = outlet.name ?? outlet.domain;
  return (
    <header class="summary">
      {name && (
        <p class="outlet">
          <span data-testid="outlet">{name}</span>
          {outlet.domain && outlet.domain !== name && (
            <span class="domain" data-testid="domain">
              {outlet.domain}
            </span>
          )}
        </p>
      )}
      <h1 data-testid="title">{analysis.title ?? t('untitled')}</h1>
      <p class="meta" data-testid="byline">
        {analysis.authors.length ? (
          <>
            {plural('bylineLabel', analysis.authors.length)}{' '}
            <Byline authors={analysis.authors} base={analysis.url} />
          </>
        ) : (
          t('noByline')
        )}
      </p>
      <dl class="facts">
        <DateLine iso={analysis.published} label={t('published')} testId="published" now={now} />
        {showUpdated(analysis) && (
          <DateLine iso={analysis.modified} label={t('updated')} testId="updated" now={now} />
        )}
        {analysis.readingMinutes > 0 && (
          <div>
            <dt>{t('readingTimeLabel')}</dt>
            <dd data-testid="reading-time">{t('readingTime', analysis.readingMinutes)}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
