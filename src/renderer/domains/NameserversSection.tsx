import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { validateNameservers, type NameserverIssue } from '../../shared/domains/nameservers';
import { NAMESERVERS_MAX, NAMESERVERS_MIN, type DomainDetail } from '../../shared/domains/types';
import { call } from '../ipc';
import { codeText } from './dns-text';
import { OFFLINE_REASON_ID, useDomainWrite } from './use-domain-write';
import { WriteResult } from './WriteResult';
import { DraftActions } from './DraftActions';

interface SectionProps {
  domain: DomainDetail;
  show: (domain: DomainDetail) => void;
  online: boolean;
}

/** The message of a nameserver issue (`domains.nameservers.errors.<code>`). */
export function nameserverIssueText(t: TFunction, issue: NameserverIssue): string {
  return codeText(
    t,
    `domains.nameservers.errors.${issue.code}`,
    t('domains.nameservers.errors.invalid'),
    { min: NAMESERVERS_MIN, max: NAMESERVERS_MAX, ...issue.params },
  );
}

/** "Nameserver": 2–13 hostnames, checked while typing, saved together. */
export function NameserversSection({ domain, show, online }: SectionProps) {
  const { t } = useTranslation();
  const write = useDomainWrite(show);
  /** the list being edited; null: the domain's own */
  const [draft, setDraft] = useState<string[] | null>(null);
  const list = draft ?? domain.nameservers;
  const issues = useMemo(() => (draft ? validateNameservers(draft) : []), [draft]);
  const listIssues = issues.filter((i) => i.index < 0);
  const disabled = !online || write.pending;
  const describedOffline = online ? '' : OFFLINE_REASON_ID;

  const change = (index: number, value: string) => {
    write.clear();
    setDraft(list.map((host, i) => (i === index ? value : host)));
  };
  const save = async () => {
    if (!draft || issues.length > 0) return;
    const outcome = await write.run(t('domains.nameservers.saved'), () =>
      call('domains:update', { name: domain.name, etag: domain.etag, nameservers: draft }),
    );
    // saved: show the domain's list; changed meanwhile: show theirs (the edit is dropped)
    if (outcome.kind !== 'error') setDraft(null);
  };

  return (
    <section className="domain-section" aria-labelledby="domain-ns-title">
      <h3 id="domain-ns-title">{t('domains.nameservers.title')}</h3>
      <p className="field__hint" id="domain-ns-hint">
        {t('domains.nameservers.hint', { min: NAMESERVERS_MIN, max: NAMESERVERS_MAX })}
      </p>
      <form
        className="nameservers"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ol className="nameservers__list">
          {list.map((host, index) => {
            const own = issues.filter((i) => i.index === index);
            const errorId = `nameserver-${index}-error`;
            const described = [own.length > 0 ? errorId : '', describedOffline]
              .filter(Boolean)
              .join(' ');
            return (
              <li key={index} className={own.length > 0 ? 'field field--invalid' : 'field'}>
                <label className="field__label" htmlFor={`nameserver-${index}`}>
                  {t('domains.nameservers.label', { number: index + 1 })}
                </label>
                <div className="nameservers__row">
                  <input
                    id={`nameserver-${index}`}
                    className="field__input"
                    value={host}
                    disabled={disabled}
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={own.length > 0 ? true : undefined}
                    aria-describedby={described || undefined}
                    onChange={(event) => change(index, event.target.value)}
                  />
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={disabled || list.length <= NAMESERVERS_MIN}
                    aria-label={t('domains.nameservers.remove', { number: index + 1 })}
                    onClick={() => {
                      write.clear();
                      setDraft(list.filter((_, i) => i !== index));
                    }}
                  >
                    {t('domains.nameservers.removeShort')}
                  </button>
                </div>
                {own.length > 0 ? (
                  <p className="field__error" id={errorId}>
                    {own.map((issue) => nameserverIssueText(t, issue)).join(' ')}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        {listIssues.length > 0 ? (
          <p className="field__error" role="alert">
            {listIssues.map((issue) => nameserverIssueText(t, issue)).join(' ')}
          </p>
        ) : null}
        <DraftActions
          saveLabel={t('domains.nameservers.save')}
          saveDisabled={disabled || !draft || issues.length > 0}
          saveDescribedBy={describedOffline}
          editing={draft !== null}
          pending={write.pending}
          onCancel={() => setDraft(null)}
        >
          <button
            type="button"
            className="button button--secondary"
            disabled={disabled || list.length >= NAMESERVERS_MAX}
            onClick={() => {
              write.clear();
              setDraft([...list, '']);
            }}
          >
            {t('domains.nameservers.add')}
          </button>
        </DraftActions>
      </form>
      <div data-testid="nameservers-result">
        <WriteResult outcome={write.outcome} />
      </div>
    </section>
  );
}
