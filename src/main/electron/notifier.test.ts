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

  it('offers the reply field for a staff reply where the OS has one, and hands the text on', () => {
    const onReply = vi.fn();
    const onClick = vi.fn();
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick,
      reply: { placeholder: () => 'Antwort an den Support …', onReply },
    });
    notifier.show({ title: 'Closed', body: 'T-1', target: { kind: 'ticket', id: '1' } });
    notifier.show({
      title: 'Server langsam',
      body: 'Wir prüfen das.',
      target: { kind: 'ticket', id: '42', reply: true },
    });
    // a closed ticket asks for no answer: no field
    expect(FakeNotification.instances[0]!.options).toEqual({ title: 'Closed', body: 'T-1' });
    const asking = FakeNotification.instances[1]!;
    expect(asking.options).toEqual({
      title: 'Server langsam',
      body: 'Wir prüfen das.',
      hasReply: true,
      replyPlaceholder: 'Antwort an den Support …',
    });
    asking.emit('reply', {}, 'Danke, jetzt geht es.');
    expect(onReply).toHaveBeenCalledWith(
      { kind: 'ticket', id: '42', reply: true },
      'Danke, jetzt geht es.',
    );
    expect(onClick).not.toHaveBeenCalled();
  });

  it('without a reply field a staff reply is a plain notification whose click opens the reply box', () => {
    const onClick = vi.fn();
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick,
    });
    notifier.show({ title: 'S', body: 'B', target: { kind: 'ticket', id: '42', reply: true } });
    expect(FakeNotification.instances[0]!.options).toEqual({ title: 'S', body: 'B' });
    FakeNotification.instances[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith({ kind: 'ticket', id: '42', reply: true });
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

  it('holds each notification for its click until it is clicked, closed or failed', () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const notifier = createElectronNotifier({
      Notification: FakeNotification as unknown as typeof ElectronNotification,
      onClick: vi.fn(),
      log,
    });
    for (const body of ['a', 'b', 'c']) notifier.show({ title: 'T', body });
    expect(notifier.held()).toBe(3);
    FakeNotification.instances[0]!.emit('close');
    expect(notifier.held()).toBe(2);
    FakeNotification.instances[1]!.emit('failed', {}, 'no notification daemon');
    expect(notifier.held()).toBe(1);
    expect(log.warn).toHaveBeenCalledWith('notify: could not show a notification', {
      reason: 'no notification daemon',
    });
    FakeNotification.instances[2]!.emit('click');
    expect(notifier.held()).toBe(0);
  });
});
