import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_LIMIT_MAX, SEARCH_LIMIT_PER_KIND, type SearchHit } from '../../shared/search/types';
import { formatDate, formatMoney } from '../format';
import { subscribe } from '../ipc';
import { navigate } from '../router/hash';
import { helpHits } from './help-hits';
import { groupHits, type SearchItem } from './search-groups';
import { useSearchStore } from './search-store';
import './search.css';

const OPTION_ROLE = 'option';
const ACTIVE_CLASS = ' search__option--active';

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
  const { query, hits, totals, expanded, answered, failed, hide, search, expand } =
    useSearchStore();
  const [active, setActive] = useState(0);
  /** set while closing: focus may leave the dialog then */
  const closing = useRef(false);

  const groups = useMemo(() => {
    const help = helpHits(answered, t, SEARCH_LIMIT_MAX);
    const shownHelp = expanded === 'help' ? help : help.slice(0, SEARCH_LIMIT_PER_KIND);
    return groupHits([...hits, ...shownHelp], { ...totals, help: help.length });
    // the help texts follow the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hits, totals, expanded, answered, t, i18n.language]);
  const results: SearchItem[] = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const found = groups.reduce((sum, g) => sum + g.total, 0);
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

  const open = (item: SearchItem) => {
    if (item.type === 'more') {
      // the same place in the list stays active: the first of the newly shown ones follows
      void expand(item.kind);
      return;
    }
    close(false);
    navigate(item.hit.route);
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
      const item = results[current];
      if (!item) return;
      event.preventDefault();
      open(item);
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
          {searched ? t('search.count', { count: found }) : ''}
        </p>
        <div
          className="search__list"
          id={`${id}-list`}
          role="listbox"
          aria-label={t('search.results')}
        >
          {groups.map((group) => {
            const title = t('search.group', {
              kind: t(`search.kinds.${group.kind}`),
              count: group.total,
            });
            return (
              <div
                key={group.kind}
                role="group"
                aria-label={title}
                className="search__group"
                data-testid={`search-group-${group.kind}`}
              >
                <div className="search__group-title" aria-hidden="true">
                  {title}
                </div>
                {group.items.map((item) => {
                  const index = results.indexOf(item);
                  const props = {
                    id: optionId(index),
                    role: OPTION_ROLE,
                    'aria-selected': index === current,
                    onMouseMove: () => index !== current && setActive(index),
                    onClick: () => open(item),
                  };
                  const active = index === current ? ACTIVE_CLASS : '';
                  if (item.type === 'more') {
                    return (
                      <div
                        key={`more:${item.kind}`}
                        {...props}
                        className={`search__option search__more${active}`}
                      >
                        {t('search.showAll', { count: item.total })}
                      </div>
                    );
                  }
                  const { hit } = item;
                  return (
                    <div
                      key={`${hit.kind}:${hit.id}`}
                      {...props}
                      className={`search__option${active}`}
                      data-kind={hit.kind}
                    >
                      <span className={`badge search__kind search__kind--${hit.kind}`}>
                        {t(`search.kind.${hit.kind}`)}
                      </span>
                      <span className="search__text">
                        <span className="search__title">{hit.title}</span>
                        <span className="search__detail">{detailOf(hit, t, i18n.language)}</span>
                      </span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        {searched && results.length === 0 ? (
          <p className="search__none">
            {failed ? t('search.failed') : t('search.none', { query: answered })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
