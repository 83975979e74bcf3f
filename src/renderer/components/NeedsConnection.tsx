import { useTranslation } from 'react-i18next';

/**
 * Why a write action is unavailable while offline. Controls it concerns point here with
 * aria-describedby, so the reason is read with them.
 */
export function NeedsConnection({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--offline" id={id} data-testid="needs-connection">
      {t('common.needsConnection')}
    </p>
  );
}
