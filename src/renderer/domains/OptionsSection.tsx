import { useTranslation } from 'react-i18next';
import type { DomainDetail } from '../../shared/domains/types';
import { call } from '../ipc';
import { OFFLINE_REASON_ID, useDomainWrite } from './use-domain-write';
import { WriteResult } from './WriteResult';

interface SectionProps {
  domain: DomainDetail;
  show: (domain: DomainDetail) => void;
  online: boolean;
}

const OPTIONS = ['transferLock', 'autoRenew'] as const;

/** "Optionen": transfer lock and auto-renew, each switch saved as soon as it is flipped. */
export function OptionsSection({ domain, show, online }: SectionProps) {
  const { t } = useTranslation();
  const write = useDomainWrite(show);
  const disabled = !online || write.pending;
  const flip = (option: 'transferLock' | 'autoRenew', on: boolean) => {
    const what = t(`domains.options.${option}${on ? 'On' : 'Off'}`);
    void write.run(what, () =>
      call('domains:update', { name: domain.name, etag: domain.etag, [option]: on }),
    );
  };
  return (
    <section className="domain-section" aria-labelledby="domain-options-title">
      <h3 id="domain-options-title">{t('domains.options.title')}</h3>
      {OPTIONS.map((option) => (
        <div className="switch" key={option}>
          <input
            id={`domain-${option}`}
            type="checkbox"
            role="switch"
            className="switch__input"
            checked={domain[option]}
            disabled={disabled}
            aria-describedby={`domain-${option}-hint${online ? '' : ` ${OFFLINE_REASON_ID}`}`}
            onChange={(event) => flip(option, event.target.checked)}
          />
          <label className="switch__label" htmlFor={`domain-${option}`}>
            {t(`domains.options.${option}`)}
          </label>
          <p className="field__hint" id={`domain-${option}-hint`}>
            {t(`domains.options.${option}Hint`)}
          </p>
        </div>
      ))}
      <div data-testid="options-result">
        <WriteResult outcome={write.outcome} />
      </div>
    </section>
  );
}
