import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { connectMe, meStore } from '../app/me-store';
import { useSessionStore } from '../app/session-store';
import { Banners } from '../components/Banners';
import { HelpHighlight } from '../help/HelpHighlight';
import { UnsentGuardDialog } from '../components/UnsentGuardDialog';
import { redirect } from '../router/hash';
import { ROUTES } from '../router/routes';
import { DesktopKeys } from './DesktopKeys';
import { WhatsNew } from './WhatsNew';
import { connectViews } from '../app/views-store';
import { connectOverview } from '../dashboard/overview-store';
import { AccountMenu } from './AccountMenu';
import { MainMenu } from './MainMenu';
import { menuAccess, menuEntryFor, MENU } from './menu';
import { NoAccess } from './NoAccess';
import { SCREENS } from './screens';
import { focusMainHeading, useRouteFocus } from './use-route-focus';
import { GlobalSearch } from '../search/GlobalSearch';
import { isSettingsRoute } from '../settings/routes';
import { SettingsLink } from '../settings/SettingsLink';

// "Einstellungen" is no menu entry: reached from the header's gear and the app menu
const SettingsScreen = lazy(() =>
  import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);

const HOME = MENU[0]!;

/**
 * The signed-in window: a one-row header (search, account menu, settings, sign out), the menu,
 * and the current screen. The language is chosen in Einstellungen (and on the sign-in screens).
 */
export function Frame({ path, email }: { path: string; email: string }) {
  const { t } = useTranslation();
  const logout = useSessionStore((s) => s.logout);
  const mainRef = useRef<HTMLElement>(null);
  const settingsOpen = isSettingsRoute(path);
  const found = settingsOpen ? undefined : menuEntryFor(path);
  const entry = found && SCREENS[found.id] ? found : HOME;
  const Screen = SCREENS[entry.id];
  const rights = meStore.use((s) => s.cached?.data.rights ?? null);
  const access = menuAccess(entry, rights);

  useEffect(() => connectMe(), []);
  useEffect(() => connectViews(), []);
  // the menu's counts come from the Übersicht's figures, kept current on every screen
  useEffect(() => connectOverview(), []);
  useRouteFocus(path, mainRef);

  useEffect(() => {
    if (!found && !settingsOpen) redirect(ROUTES.dashboard);
  }, [found, settingsOpen]);

  return (
    <div className="frame">
      <button type="button" className="skip-link" onClick={() => focusMainHeading(mainRef.current)}>
        {t('app.skipToContent')}
      </button>
      <header className="app-header">
        <div className="app-header__bar">
          <p className="brand">{t('app.name')}</p>
          <div className="app-header__tools">
            <GlobalSearch />
            <AccountMenu email={email} />
            <SettingsLink path={path} />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void logout()}
            >
              {t('header.logout')}
            </button>
          </div>
        </div>
        <Banners signedIn />
      </header>
      <div className="frame__body">
        <MainMenu current={settingsOpen ? null : entry.id} />
        <main className="frame__main" id="main" ref={mainRef} tabIndex={-1}>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {settingsOpen ? (
              <SettingsScreen />
            ) : access.open === false && access.reason === 'missingRight' ? (
              <NoAccess labelKey={entry.labelKey} right={access.right} />
            ) : Screen ? (
              <Screen />
            ) : null}
          </Suspense>
          <HelpHighlight />
        </main>
        <UnsentGuardDialog />
        <DesktopKeys />
        <WhatsNew />
      </div>
    </div>
  );
}
