import { EventEmitter } from 'node:events';
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { mainTexts } from './main-i18n';
import { createAppTray } from './tray';

class FakeTray extends EventEmitter {
  static last: FakeTray | null = null;
  tooltip = '';
  title = '';
  menu: MenuItemConstructorOptions[] = [];
  readonly destroy = vi.fn();
  constructor(readonly image: unknown) {
    super();
    FakeTray.last = this;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setContextMenu(menu: { template: MenuItemConstructorOptions[] }): void {
    this.menu = menu.template;
  }
}

const FakeMenu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
} as unknown as Pick<typeof Menu, 'buildFromTemplate'>;

function setup(language = 'de') {
  const actions = { onOpen: vi.fn(), onSyncNow: vi.fn(), onQuit: vi.fn() };
  const tray = createAppTray({
    Tray: FakeTray as unknown as new (image: NativeImage) => Tray,
    Menu: FakeMenu,
    icon: { kind: 'icon' } as unknown as NativeImage,
    texts: mainTexts(language),
    ...actions,
  });
  return { tray, actions, fake: FakeTray.last! };
}

function click(fake: FakeTray, id: string): void {
  const item = fake.menu.find((entry) => entry.id === id)!;
  (item.click as () => void)();
}

describe('the tray', () => {
  it('offers Öffnen, Jetzt synchronisieren and Beenden, each doing what it says', () => {
    const { fake, actions } = setup();
    expect(fake.menu.filter((item) => item.label).map((item) => item.label)).toEqual([
      'Öffnen',
      'Jetzt synchronisieren',
      'Beenden',
    ]);
    click(fake, 'open');
    click(fake, 'sync');
    click(fake, 'quit');
    expect(actions.onOpen).toHaveBeenCalledTimes(1);
    expect(actions.onSyncNow).toHaveBeenCalledTimes(1);
    expect(actions.onQuit).toHaveBeenCalledTimes(1);
    fake.emit('click');
    expect(actions.onOpen).toHaveBeenCalledTimes(2);
  });

  it('says in its tooltip how many answers are unread', () => {
    const { tray, fake } = setup();
    expect(fake.tooltip).toBe('Kundencenter');
    tray.setUnread(1);
    expect(fake.tooltip).toBe('Kundencenter – 1 ungelesene Antwort');
    tray.setUnread(3);
    expect(fake.tooltip).toBe('Kundencenter – 3 ungelesene Antworten');
    expect(fake.title).toBe('3');
    tray.setUnread(0);
    expect(fake.tooltip).toBe('Kundencenter');
    expect(fake.title).toBe('');
  });

  it('speaks English when the settings say so, also after a change', () => {
    const { tray, fake } = setup('en');
    tray.setUnread(2);
    expect(fake.tooltip).toBe('Customer Center – 2 unread replies');
    expect(fake.menu.map((item) => item.label).filter(Boolean)).toEqual([
      'Open',
      'Sync now',
      'Quit',
    ]);
    tray.setTexts(mainTexts('de'));
    expect(fake.tooltip).toBe('Kundencenter – 2 ungelesene Antworten');
    expect(fake.menu[0]!.label).toBe('Öffnen');
    tray.destroy();
    expect(fake.destroy).toHaveBeenCalled();
  });
});
