/**
 * The tray (Windows, Linux) or menu-bar (macOS) icon: its tooltip says how many support
 * answers are unread, its menu opens the window, syncs now or quits. The unread count comes
 * from the core's Badge port, the same number the dock or launcher shows.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { MainTexts } from './main-i18n';

export interface AppTrayOptions {
  /** electron's Tray and Menu (injected: a test passes fakes) */
  Tray: new (image: NativeImage) => Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  icon: NativeImage;
  texts: MainTexts;
  onOpen: () => void;
  onSyncNow: () => void;
  onQuit: () => void;
}

export interface AppTray {
  setUnread(count: number): void;
  /** the settings' language changed */
  setTexts(texts: MainTexts): void;
  destroy(): void;
}

/** The tray menu's items (data, so a test can read them). */
export function trayMenuTemplate(
  texts: MainTexts,
  actions: Pick<AppTrayOptions, 'onOpen' | 'onSyncNow' | 'onQuit'>,
): MenuItemConstructorOptions[] {
  return [
    { id: 'open', label: texts.tray.open, click: () => actions.onOpen() },
    { id: 'sync', label: texts.tray.syncNow, click: () => actions.onSyncNow() },
    { type: 'separator' },
    { id: 'quit', label: texts.tray.quit, click: () => actions.onQuit() },
  ];
}

export function createAppTray(options: AppTrayOptions): AppTray {
  const tray = new options.Tray(options.icon);
  let texts = options.texts;
  let unread = 0;
  const render = (): void => {
    tray.setToolTip(texts.tray.tooltip(unread));
    tray.setContextMenu(options.Menu.buildFromTemplate(trayMenuTemplate(texts, options)));
    // macOS shows a short text beside the menu-bar icon; elsewhere this is a no-op
    tray.setTitle(unread > 0 ? String(unread) : '');
  };
  render();
  // a plain click opens the window on Windows and Linux (macOS opens the menu on click)
  tray.on('click', () => options.onOpen());
  return {
    setUnread(count) {
      const next = Math.max(0, Math.floor(count));
      if (next === unread) return;
      unread = next;
      tray.setToolTip(texts.tray.tooltip(unread));
      tray.setTitle(unread > 0 ? String(unread) : '');
    },
    setTexts(next) {
      texts = next;
      render();
    },
    destroy() {
      tray.destroy();
    },
  };
}
