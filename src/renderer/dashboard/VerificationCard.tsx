import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '../../shared/domain';

/** Where the account's verification stands, as a badge and a sentence. */
export function VerificationCard({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="verification-title">
      <h2 className="card__title" id="verification-title">
        {t('verification.title')}
      </h2>
      <p>
        <span className={`badge badge--${status}`} data-testid="verification-status">
          {t(`verification.status.${status}`)}
        </span>
      </p>
      <p>{t(`verification.text.${status}`)}</p>
    </section>
  );
}
