/**
 * The words main shows itself (tray, application menu, start-up errors) as one object for the
 * shell's modules, in the settings' language. The texts live in the locale files
 * (`src/shared/locales/<lang>.main.json`); the menu's screen names are the renderer's own
 * `menu.*` texts, so the two menus cannot drift apart.
 */
import deBase from '../../shared/locales/de.json';
import enBase from '../../shared/locales/en.json';
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
  menu: {
    file: string;
    settings: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    reload: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    fullscreen: string;
    go: string;
    search: string;
    /** the app lock, now (Ctrl+L) */
    lock: string;
    window: string;
    minimize: string;
    close: string;
    help: string;
    helpArticles: string;
    /** the keyboard shortcut overview (the renderer's dialog) */
    shortcuts: string;
    about: string;
    hide: string;
    hideOthers: string;
    unhide: string;
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

const MENU_KEYS = [
  'file',
  'settings',
  'quit',
  'edit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'view',
  'reload',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'fullscreen',
  'go',
  'search',
  'lock',
  'window',
  'minimize',
  'close',
  'help',
  'helpArticles',
  'shortcuts',
  'about',
  'hide',
  'hideOthers',
  'unhide',
] as const satisfies readonly (keyof Omit<MainTexts['menu'], 'screens'>)[];

/** The texts of a language; German for anything unknown (the app's default). */
export function mainTexts(language: string | undefined): MainTexts {
  const t = (key: MainTextKey, values?: Record<string, string | number>) =>
    mainText(language, key, values);
  const menu = Object.fromEntries(MENU_KEYS.map((key) => [key, t(`menu.${key}`)])) as Record<
    (typeof MENU_KEYS)[number],
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
