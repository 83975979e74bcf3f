import { Trans, useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../app/app-info-store';
import { DEMO_ACCOUNT, DEMO_LIMITED_ACCOUNT, DEMO_MFA_ACCOUNT } from './demo-accounts';

/** Names the demo accounts, only when main talks to the local sandbox. */
export function SandboxNote() {
  const { t } = useTranslation();
  const sandbox = useAppInfoStore((s) => s.info?.sandbox === true);
  if (!sandbox) return null;
  const code = <code className="credential" />;
  return (
    <div className="note" data-testid="sandbox-note">
      <h2 className="note__title">{t('login.sandboxTitle')}</h2>
      <p>
        <Trans
          i18nKey="login.sandboxDemo"
          values={{ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password }}
          components={{ addr: code }}
        />
      </p>
      <p>
        <Trans
          i18nKey="login.sandboxMfa"
          values={{ email: DEMO_MFA_ACCOUNT.email }}
          components={{ addr: code }}
        />
      </p>
      <p>
        <Trans
          i18nKey="team.sandboxLimited"
          values={{ email: DEMO_LIMITED_ACCOUNT.email }}
          components={{ addr: code }}
        />
      </p>
    </div>
  );
}
