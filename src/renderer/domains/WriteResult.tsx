import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';
import type { WriteOutcome } from './use-domain-write';

/** What the last write of a section answered: saved, changed meanwhile, or why it failed. */
export function WriteResult({ outcome }: { outcome: WriteOutcome | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <div role="status">
      {outcome?.kind === 'saved' ? <p className="notice notice--success">{outcome.what}</p> : null}
      {outcome?.kind === 'conflict' ? (
        <p className="notice notice--warning">{t('domains.detail.changedMeanwhile')}</p>
      ) : null}
      {outcome?.kind === 'error' ? <p className="form-error">{errorText(outcome.error)}</p> : null}
    </div>
  );
}
