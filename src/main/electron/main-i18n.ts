/**
 * The words main shows itself (tray, application menu, start-up errors) as one object for the
 * shell's modules, in the settings' language. The texts live in the locale files
 * (`src/shared/locales/<lang>.main.json`); the menu's screen names are the renderer's own
 * `menu.*` texts, so the two menus cannot drift apart.
 */
import deBase from '../../shared/locales/de.json';
import enBase from '../../shared/locales/en.json';
import deMain from '../../shared/locales/de.main.json';
import { mainLanguage, mainText, type MainTextKey } from '../../shared/locales/main-texts';

export interface MainTexts {
  appName: string;
  /** the placeholder of a notification's reply field (macOS) */
  notificationReply: string;
  tray: {
    open: string;
    syncNow: string;
    quit: string;
    /** the tray's tooltip; with unread answers it says how many */
    tooltip: (unread: number) => string;
  };
  /** the application menu's words (their keys are those of `<lang>.main.json`'s menu) */
  menu: Record<MenuWord, string> & {
    /** the menu screens, in the renderer's order */
    screens: Record<GoToScreen, string>;
  };
  errors: {
    insecureApi: (reason: string) => string;
    startFailed: string;
  };
}

export type GoToScreen =
  | 'dashboard'
  | 'billing'
  | 'products'
  | 'domains'
  | 'support'
  | 'customerInformation'
  | 'contacts'
  | 'users'
  | 'security'
  | 'help';

type MenuWord = keyof typeof deMain.main.menu;
const MENU_WORDS = Object.keys(deMain.main.menu) as MenuWord[];

/** The texts of a language; German for anything unknown (the app's default). */
export function mainTexts(language: string | undefined): MainTexts {
  const t = (key: MainTextKey, values?: Record<string, string | number>) =>
    mainText(language, key, values);
  const menu = Object.fromEntries(MENU_WORDS.map((key) => [key, t(`menu.${key}`)])) as Record<
    MenuWord,
    string
  >;
  const screens = (mainLanguage(language) === 'en' ? enBase : deBase).menu;
  return {
    appName: t('appName'),
    notificationReply: t('notificationReply'),
    tray: {
      open: t('tray.open'),
      syncNow: t('tray.syncNow'),
      quit: t('tray.quit'),
      tooltip: (unread) =>
        unread === 0 ? t('tray.tooltip') : t('tray.tooltipUnread', { count: unread }),
    },
    menu: {
      ...menu,
      screens: {
        dashboard: screens.dashboard,
        billing: screens.billing,
        products: screens.products,
        domains: screens.domains,
        support: screens.support,
        customerInformation: screens.customerInformation,
        contacts: screens.contacts,
        users: screens.users,
        security: screens.security,
        help: screens.help,
      },
    },
    errors: {
      insecureApi: (reason) => t('errors.insecureApi', { reason }),
      startFailed: t('errors.startFailed'),
    },
  };
}
