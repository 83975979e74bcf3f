import { useTranslation } from 'react-i18next';
import { meStore } from '../app/me-store';
import { hrefOf } from '../router/routes';
import { MENU, menuAccess, type MenuId } from './menu';
import { useMenuCounts } from './menu-counts';

/**
 * The "Kundencenter" navigation. Entries not built yet are shown disabled with "folgt"; entries
 * the user has no right for are shown disabled with the missing right and who can grant it.
 * Support and Abrechnung carry a count of what needs attention (unread replies, overdue
 * invoices), read with the link as its description so the link's name stays the menu's word.
 */
/** `current`: the entry shown now, or null on a screen outside the menu (settings). */
export function MainMenu({ current }: { current: MenuId | null }) {
  const { t } = useTranslation();
  const rights = meStore.use((s) => s.cached?.data.rights ?? null);
  const counts = useMenuCounts();
  return (
    <nav className="main-menu" aria-label={t('nav.label')} data-help-target="main-menu">
      <ul className="main-menu__list">
        {MENU.map((entry) => {
          const access = menuAccess(entry, rights);
          const reasonId = `menu-${entry.id}-reason`;
          const countId = `menu-${entry.id}-count`;
          const count = counts[entry.id];
          return (
            <li key={entry.id} className="main-menu__entry" data-testid={`menu-${entry.id}`}>
              {access.open ? (
                <>
                  <a
                    className="main-menu__item"
                    href={hrefOf(entry.route)}
                    aria-current={entry.id === current ? 'page' : undefined}
                    aria-describedby={count ? countId : undefined}
                  >
                    {t(entry.labelKey)}
                  </a>
                  {count ? (
                    <span
                      className={`main-menu__count main-menu__count--${count.kind}`}
                      id={countId}
                      data-testid={`menu-${entry.id}-count`}
                    >
                      <span aria-hidden="true">{count.value}</span>
                      <span className="visually-hidden">
                        {t(`layout.menu.${count.kind}`, { count: count.value })}
                      </span>
                    </span>
                  ) : null}
                </>
              ) : (
                <>
                  <a
                    className="main-menu__item main-menu__item--disabled"
                    role="link"
                    aria-disabled="true"
                    aria-describedby={reasonId}
                  >
                    {t(entry.labelKey)}
                  </a>
                  {access.reason === 'comingSoon' ? (
                    <span className="main-menu__soon" id={reasonId}>
                      {t('menu.comingSoon')}
                    </span>
                  ) : (
                    <span className="main-menu__soon" id={reasonId}>
                      {t('team.menu.noAccess')}
                      <span className="visually-hidden">
                        {' '}
                        {t('team.menu.missingRight', { right: t(`team.rights.${access.right}`) })}
                      </span>
                    </span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
