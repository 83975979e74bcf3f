import { useTranslation } from 'react-i18next';
import { hrefOf } from '../router/routes';
import { MENU, type MenuId } from './menu';

/** The "Kundencenter" navigation; entries not built yet are shown, disabled, with "folgt". */
export function MainMenu({ current }: { current: MenuId }) {
  const { t } = useTranslation();
  return (
    <nav className="main-menu" aria-label={t('nav.label')}>
      <ul className="main-menu__list">
        {MENU.map((entry) => (
          <li key={entry.id} className="main-menu__entry">
            {entry.available ? (
              <a
                className="main-menu__item"
                href={hrefOf(entry.route)}
                aria-current={entry.id === current ? 'page' : undefined}
              >
                {t(entry.labelKey)}
              </a>
            ) : (
              <>
                <a
                  className="main-menu__item main-menu__item--disabled"
                  role="link"
                  aria-disabled="true"
                  aria-describedby={`menu-${entry.id}-soon`}
                >
                  {t(entry.labelKey)}
                </a>
                <span className="main-menu__soon" id={`menu-${entry.id}-soon`}>
                  {t('menu.comingSoon')}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
