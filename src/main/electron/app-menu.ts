/**
 * The native application menu as data: Datei, Bearbeiten, Ansicht, Gehe zu, Fenster (macOS),
 * Hilfe, and the app menu on macOS. Items that show a screen send 'app:navigate'; "Suchen"
 * sends 'app:command' (the renderer owns the search dialog and its Ctrl/Cmd+K). Pure: the
 * template is built here and handed to Menu.buildFromTemplate by main.ts.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc';
import type { GoToScreen, MainTexts } from './main-i18n';

/** the menu screens with their routes, in the renderer's menu order; the first nine have
 * Ctrl/Cmd+1…9 (Ctrl/Cmd+0 stays the zoom reset) */
export const GO_TO: readonly { screen: GoToScreen; route: string }[] = [
  { screen: 'dashboard', route: '/' },
  { screen: 'billing', route: '/billing' },
  { screen: 'products', route: '/products' },
  { screen: 'domains', route: '/domains' },
  { screen: 'support', route: '/support' },
  { screen: 'customerInformation', route: '/customer-information' },
  { screen: 'contacts', route: '/contacts' },
  { screen: 'users', route: '/users' },
  { screen: 'security', route: '/security' },
  { screen: 'help', route: '/help' },
];

export const SETTINGS_ROUTE = '/settings';
export const HELP_ROUTE = '/help';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** an unpackaged app (development): Reload and the developer tools are offered */
  isDev: boolean;
  texts: MainTexts;
  navigate: (route: string) => void;
  command: (command: AppCommand) => void;
}

/** The menu template for this platform and language. */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { texts, navigate, command } = options;
  const menu = texts.menu;
  const mac = options.platform === 'darwin';
  const go = (route: string) => () => navigate(route);

  const settingsItem: MenuItemConstructorOptions = {
    id: 'settings',
    label: menu.settings,
    accelerator: 'CmdOrCtrl+,',
    click: go(SETTINGS_ROUTE),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: texts.appName,
    submenu: [
      { role: 'about', label: menu.about },
      { type: 'separator' },
      settingsItem,
      { type: 'separator' },
      { role: 'hide', label: menu.hide },
      { role: 'hideOthers', label: menu.hideOthers },
      { role: 'unhide', label: menu.unhide },
      { type: 'separator' },
      { role: 'quit', label: menu.quit },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: menu.file,
    // on macOS settings and quit live in the app menu, as people there expect
    submenu: mac
      ? [{ role: 'close', label: menu.close }]
      : [settingsItem, { type: 'separator' }, { role: 'quit', label: menu.quit }],
  };

  const edit: MenuItemConstructorOptions = {
    label: menu.edit,
    submenu: [
      { role: 'undo', label: menu.undo },
      { role: 'redo', label: menu.redo },
      { type: 'separator' },
      { role: 'cut', label: menu.cut },
      { role: 'copy', label: menu.copy },
      { role: 'paste', label: menu.paste },
      { role: 'selectAll', label: menu.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: menu.view,
    submenu: [
      ...(options.isDev
        ? ([
            { role: 'reload', label: menu.reload },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: menu.resetZoom },
      { role: 'zoomIn', label: menu.zoomIn },
      { role: 'zoomOut', label: menu.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: menu.fullscreen },
    ],
  };

  const goTo: MenuItemConstructorOptions = {
    label: menu.go,
    submenu: [
      ...GO_TO.map(({ screen, route }, index): MenuItemConstructorOptions => ({
        id: `go-${screen}`,
        label: menu.screens[screen],
        ...(index < 9 ? { accelerator: `CmdOrCtrl+${index + 1}` } : {}),
        click: go(route),
      })),
      { type: 'separator' },
      {
        id: 'search',
        label: menu.search,
        accelerator: 'CmdOrCtrl+K',
        // the renderer listens for the keys itself as well; the menu item must not fire twice,
        // so the shortcut is shown here but left to the page
        registerAccelerator: false,
        click: () => command('search'),
      },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: menu.window,
    submenu: [
      { role: 'minimize', label: menu.minimize },
      { role: 'zoom' },
      { type: 'separator' },
      { role: 'front' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: menu.help,
    role: 'help',
    submenu: [
      { id: 'help', label: menu.helpArticles, accelerator: 'F1', click: go(HELP_ROUTE) },
      ...(mac ? [] : ([{ type: 'separator' }, { role: 'about', label: menu.about }] as const)),
    ],
  };

  return mac ? [appMenu, file, edit, view, goTo, windowMenu, help] : [file, edit, view, goTo, help];
}
