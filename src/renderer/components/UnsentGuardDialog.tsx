import { useTranslation } from 'react-i18next';
import { useUnsentGuard } from '../app/unsent-guard';
import { ConfirmDialog } from './ConfirmDialog';

/** The question confirmDroppingUnsent asks; mounted once in the signed-in frame. */
export function UnsentGuardDialog() {
  const { t } = useTranslation();
  const asking = useUnsentGuard((s) => s.asking);
  if (!asking) return null;
  return (
    <ConfirmDialog
      title={t('support.unsent.title', { count: asking.count })}
      confirmLabel={t(`support.unsent.confirm.${asking.action}`)}
      cancelLabel={t('support.unsent.cancel')}
      onConfirm={() => asking.answer(true)}
      onCancel={() => asking.answer(false)}
    >
      <p>{t(`support.unsent.body.${asking.action}`, { count: asking.count })}</p>
    </ConfirmDialog>
  );
}
