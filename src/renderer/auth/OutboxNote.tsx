import { Trans, useTranslation } from 'react-i18next';
import { useAppInfoStore } from '../app/app-info-store';

/** In the sandbox, where the e-mail with the token ends up (there is no real mail server). */
export function OutboxNote({ email }: { email: string }) {
  const { t } = useTranslation();
  const sandbox = useAppInfoStore((s) => s.info?.sandbox === true);
  if (!sandbox) return null;
  return (
    <div className="note" data-testid="outbox-note">
      <h2 className="note__title">{t('login.sandboxTitle')}</h2>
      <p>
        <Trans
          i18nKey="register.outboxNote"
          values={{ command: `npm run sandbox -- outbox --to ${email || '…'}` }}
          components={{ cmd: <code className="credential" /> }}
        />
      </p>
    </div>
  );
}
