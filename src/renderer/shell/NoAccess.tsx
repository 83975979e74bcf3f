import { useTranslation } from 'react-i18next';
import type { Right } from '../../shared/team/types';
import { useDocumentTitle } from '../components/use-document-title';
import type { MenuEntry } from './menu';

/** In place of a menu's screen the user has no right for: which right, and who can grant it. */
export function NoAccess({ labelKey, right }: { labelKey: MenuEntry['labelKey']; right: Right }) {
  const { t } = useTranslation();
  const title = t(labelKey);
  useDocumentTitle(title);
  return (
    <div className="screen">
      <h1>{title}</h1>
      <div className="notice" role="status" data-testid="no-access">
        <p>{t('team.menu.missingRight', { right: t(`team.rights.${right}`) })}</p>
      </div>
    </div>
  );
}
