// Quoted experts: name, role, institution (and acronym), how often they are quoted, and their
// quotes on demand; picking a quote scrolls the page (or the reader view) to it and highlights it.
import { useState } from 'preact/hooks';
import type { Expert, TextAnchor } from '../core/types.ts';
import { plural, t } from '../i18n.ts';
import { describeExpert } from './export-annotations.ts';

export interface ExpertListProps {
  experts: Expert[];
  onQuote: (anchor: TextAnchor) => Promise<boolean>;
}

function ExpertItem({
  expert,
  index,
  onQuote,
}: {
  expert: Expert;
  index: number;
  onQuote: ExpertListProps['onQuote'];
}) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<{ quote: number; found: boolean } | null>(null);
  const about = describeExpert(expert);
  const listId = `quotes-${index}`;
  const pick = async (i: number, anchor: TextAnchor) => {
    let found = false;
    try {
      found = await onQuote(anchor);
    } catch {
      found = false;
    }
    setPicked({ quote: i, found });
  };
  return (
    <li class="expert" data-testid="expert">
      <p class="expert-name" data-testid="expert-name">
        {expert.name}
      </p>
      {about && (
        <p class="expert-about" data-testid="expert-about">
          {about}
        </p>
      )}
      <button
        type="button"
        class="disclosure"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="expert-quotes-toggle"
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true" />
        {plural('quoteCount', expert.quotes.length)}
      </button>
      <ol id={listId} class="quotes" hidden={!open} aria-label={t('quotesOf', expert.name)}>
        {expert.quotes.map((q, i) => {
          const text = q.direct ? `“${q.text}”` : q.text;
          const status = picked?.quote === i ? (picked.found ? t('quoteShown') : t('quoteNotFound')) : null;
          return (
            <li key={i} class={q.direct ? 'quote direct' : 'quote reported'}>
              {q.anchor ? (
                <button
                  type="button"
                  class="quote-button"
                  data-testid="quote"
                  aria-describedby={status ? `${listId}-s${i}` : undefined}
                  onClick={() => pick(i, q.anchor!)}
                >
                  {text}
                  {!q.direct && <span class="tag"> {t('quoteReported')}</span>}
                </button>
              ) : (
                <span class="quote-text" data-testid="quote">
                  {text}
                </span>
              )}
              {status && (
                <span id={`${listId}-s${i}`} class={picked?.found ? 'quote-status' : 'quote-status missing'}>
                  {status}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

export function ExpertList({ experts, onQuote }: ExpertListProps) {
  return (
    <section class="experts" aria-labelledby="experts-heading">
      <h2 id="experts-heading">
        {t('experts')} <span class="count">({experts.length})</span>
      </h2>
      {experts.length ? (
        <ul class="expert-list">
          {experts.map((e, i) => (
            <ExpertItem key={`${e.name}-${i}`} expert={e} index={i} onQuote={onQuote} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('noExperts')}</p>
      )}
    </section>
  );
}
