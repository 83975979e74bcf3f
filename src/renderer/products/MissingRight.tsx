import { useTranslation } from 'react-i18next';
import type { Right } from '../../shared/team/types';

/** In place of a part the server left out: the right it needs, and who can grant it. */
export function MissingRight({ right }: { right: Right }) {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid={`no-right-${right}`}>
      {t('team.menu.missingRight', { right: t(`team.rights.${right}`) })}
    </p>
  );
}
