import type { Notification as ElectronNotification } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronNotifier } from './notifier';
import { FakeNotification } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).createFakeElectron());

describe('notifier', () => {
  beforeEach(() => {
    FakeNotification.instances.length = 0;
    FakeNotification.supported = true;
  });

  it('shows a system notification and hands its target to the click hook', () => {
    const onClick = vi.fn();
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick,
    });
    notifier.show({
      title: 'Neue Antwort',
      body: 'Ticket 42',
      target: { kind: 'ticket', id: '42' },
    });

    const shown = FakeNotification.instances[0]!;
    expect(shown.options).toEqual({ title: 'Neue Antwort', body: 'Ticket 42' });
    expect(shown.show).toHaveBeenCalled();
    shown.emit('click');
    expect(onClick).toHaveBeenCalledWith({ kind: 'ticket', id: '42' });
  });

  it('passes null when the notification has no target', () => {
    const onClick = vi.fn();
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick,
    });
    notifier.show({ title: 'Hallo', body: 'Welt' });
    FakeNotification.instances[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith(null);
  });

  it('does nothing where notifications are not supported', () => {
    FakeNotification.supported = false;
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick: vi.fn(),
    });
    notifier.show({ title: 'Hallo', body: 'Welt' });
    expect(FakeNotification.instances).toHaveLength(0);
  });
});
