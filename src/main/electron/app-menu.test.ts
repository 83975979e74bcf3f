import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU } from '../../renderer/shell/menu';
import { appMenuTemplate, GO_TO } from './app-menu';
import { mainTexts } from './main-i18n';

function build(platform: NodeJS.Platform, isDev = false, language = 'de') {
  const navigate = vi.fn();
  const command = vi.fn();
  const template = appMenuTemplate({
    platform,
    isDev,
    texts: mainTexts(language),
    navigate,
    command,
  });
  return { template, navigate, command };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function clickItem(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the application menu', () => {
  it('has Datei, Bearbeiten, Ansicht, Gehe zu and Hilfe on Windows and Linux', () => {
    expect(build('win32').template.map((menu) => menu.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Gehe zu',
      'Hilfe',
    ]);
    expect(build('linux', false, 'en').template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'Help',
    ]);
  });

  it('opens the settings with Ctrl+, and quits from Datei', () => {
    const { template, navigate } = build('linux');
    const settings = byId(template, 'settings');
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    clickItem(settings);
    expect(navigate).toHaveBeenCalledWith('/settings');
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.role)).toContain('quit');
  });

  it('goes to each menu screen, the first nine with Ctrl+1…9, in the renderer menu order', () => {
    const { template, navigate } = build('win32');
    expect(GO_TO.map((entry) => entry.route)).toEqual(MENU.map((entry) => entry.route));
    GO_TO.forEach(({ screen, route }, index) => {
      const item = byId(template, `go-${screen}`);
      expect(item.accelerator).toBe(index < 9 ? `CmdOrCtrl+${index + 1}` : undefined);
      clickItem(item);
      expect(navigate).toHaveBeenLastCalledWith(route);
    });
  });

  it('asks the renderer for its search (Ctrl+K is left to the page, not taken twice)', () => {
    const { template, command, navigate } = build('linux');
    const search = byId(template, 'search');
    expect(search.accelerator).toBe('CmdOrCtrl+K');
    expect(search.registerAccelerator).toBe(false);
    clickItem(search);
    expect(command).toHaveBeenCalledWith('search');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('offers Reload and the developer tools only in development', () => {
    const roles = (isDev: boolean) => items(build('linux', isDev).template).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens the help articles from Hilfe (F1)', () => {
    const { template, navigate } = build('win32');
    const help = byId(template, 'help');
    expect(help.accelerator).toBe('F1');
    clickItem(help);
    expect(navigate).toHaveBeenCalledWith('/help');
  });

  it('on macOS: an app menu first with settings and quit, and a Fenster menu', () => {
    const { template } = build('darwin');
    expect(template.map((menu) => menu.label)).toEqual([
      'Kundencenter',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Gehe zu',
      'Fenster',
      'Hilfe',
    ]);
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.id ?? item.role)).toEqual(
      expect.arrayContaining(['about', 'settings', 'hide', 'quit']),
    );
  });
});
