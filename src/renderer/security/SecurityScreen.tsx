import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../app/session-store';
import { useDocumentTitle } from '../components/use-document-title';
import { DevicesSection } from './DevicesSection';
import { HistorySection } from './HistorySection';
import { PasswordSection } from './PasswordSection';
import { connectSecurity } from './security-stores';
import { TwoFactorSection } from './TwoFactorSection';
import './security.css';

/**
 * "Sicherheit": the signed-in person's own protection — password, two-factor sign-in with
 * recovery codes, the devices signed in, the sign-in history (readable offline).
 */
export function SecurityScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('menu.security'));
  useEffect(() => connectSecurity(), []);
  const session = useSessionStore((s) => s.session);
  const email = session?.status === 'signedIn' ? session.email : '';
  const codesLeft = session?.status === 'signedIn' ? session.recoveryCodesLeft : undefined;
  return (
    <div className="screen security">
      <h1>{t('menu.security')}</h1>
      <p className="lead">{t('security.intro')}</p>
      {codesLeft !== undefined ? (
        <div className="notice notice--warning" role="status" data-testid="recovery-used">
          <p>{t('security.recoveryUsed', { count: codesLeft })}</p>
        </div>
      ) : null}
      <PasswordSection email={email} />
      <TwoFactorSection />
      <DevicesSection />
      <HistorySection />
    </div>
  );
}
