import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_LIMIT_PER_KIND, type SearchHit } from '../../shared/search/types';
import { formatDate, formatMoney } from '../format';
import { subscribe } from '../ipc';
import { navigate } from '../router/hash';
import { helpHits, mergeHits } from './help-hits';
import { useSearchStore } from './search-store';
import './search.css';

/** The second line of a result, localised here (the core answers language-neutral data). */
function detailOf(hit: SearchHit, t: TFunction, lang: string): string {
  switch (hit.kind) {
    case 'invoice':
      return t('search.invoiceLine', {
        date: formatDate(hit.issueDate, lang),
        amount: formatMoney(hit.grossCents, lang),
        status: t(`billing.status.${hit.status}`),
      });
    case 'domain':
      return t('search.domainLine', { date: formatDate(hit.expiresAt, lang) });
    case 'ticket':
      return `${hit.subtitle} · ${t(`support.status.${hit.status}`)}`;
    default:
      return hit.subtitle;
  }
}

/**
 * The global search: a modal with a combobox over a listbox of results (invoices, contracts,
 * domains, tickets, contacts from the cache; help in the language shown). Arrow keys move the
 * active option (aria-activedescendant, focus stays in the field), Enter opens it, Escape
 * closes and gives focus back to where it was.
 */
export function SearchDialog({ opener }: { opener: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const { query, hits, answered, failed, hide, search } = useSearchStore();
  const [active, setActive] = useState(0);
  /** set while closing: focus may leave the dialog then */
  const closing = useRef(false);

  const results = useMemo(
    () => mergeHits(hits, helpHits(answered, t, SEARCH_LIMIT_PER_KIND)),
    // the help texts follow the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hits, answered, t, i18n.language],
  );
  const current = results.length > 0 ? Math.min(active, results.length - 1) : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    inputRef.current?.focus();
    // focus moved elsewhere by a click outside: keep it in the dialog while it is open
    const keepFocus = (event: FocusEvent) => {
      const dialog = dialogRef.current;
      if (closing.current) return;
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) {
        inputRef.current?.focus();
      }
    };
    document.addEventListener('focusin', keepFocus);
    // sync brought data (the first pass, a change): the same query may find more now
    const off = subscribe('data:changed', () => {
      const { open, query } = useSearchStore.getState();
      if (open && query.trim() !== '') void useSearchStore.getState().search(query);
    });
    return () => {
      document.removeEventListener('focusin', keepFocus);
      off();
    };
  }, []);

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const close = (returnFocus: boolean) => {
    closing.current = true;
    hide();
    if (returnFocus && opener?.isConnected) opener.focus();
  };

  const open = (hit: SearchHit) => {
    close(false);
    navigate(hit.route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + results.length) % results.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(Math.max(results.length - 1, 0));
    } else if (event.key === 'Enter' && event.target === inputRef.current) {
      const hit = results[current];
      if (!hit) return;
      event.preventDefault();
      open(hit);
    } else if (event.key === 'Tab') {
      // two stops only: the field and the close button
      const close = dialogRef.current?.querySelector<HTMLElement>('.search__close');
      event.preventDefault();
      (document.activeElement === inputRef.current ? close : inputRef.current)?.focus();
    }
  };

  const searched = answered.trim() !== '' && answered === query;

  return (
    <div className="dialog-backdrop search-backdrop" onMouseDown={() => close(true)}>
      <div
        ref={dialogRef}
        className="dialog search"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <div className="search__head">
          <h2 className="dialog__title" id={`${id}-title`}>
            {t('search.title')}
          </h2>
          <button
            type="button"
            className="button button--secondary search__close"
            onClick={() => close(true)}
          >
            {t('search.close')}
          </button>
        </div>
        <label className="visually-hidden" htmlFor={`${id}-input`}>
          {t('search.label')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="field__input search__input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={results.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => {
            setActive(0);
            void search(event.target.value);
          }}
        />
        <p className="search__hint" id={`${id}-hint`}>
          {t('search.hint')}
        </p>
        <p className="visually-hidden" role="status">
          {searched ? t('search.count', { count: results.length }) : ''}
        </p>
        <ul
          className="search__list"
          id={`${id}-list`}
          role="listbox"
          aria-label={t('search.results')}
        >
          {results.map((hit, index) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={`search__option${index === current ? ' search__option--active' : ''}`}
              data-kind={hit.kind}
              onMouseMove={() => index !== current && setActive(index)}
              onClick={() => open(hit)}
            >
              <span className={`badge search__kind search__kind--${hit.kind}`}>
                {t(`search.kind.${hit.kind}`)}
              </span>
              <span className="search__text">
                <span className="search__title">{hit.title}</span>
                <span className="search__detail">{detailOf(hit, t, i18n.language)}</span>
              </span>
            </li>
          ))}
        </ul>
        {searched && results.length === 0 ? (
          <p className="search__none">
            {failed ? t('search.failed') : t('search.none', { query: answered })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
