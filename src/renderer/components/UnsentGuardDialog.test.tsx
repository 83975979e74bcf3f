// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../app/session-store';
import { pendingEntry } from '../support/support-fixtures';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { UnsentGuardDialog } from './UnsentGuardDialog';

let kc: FakeKc;

beforeEach(() => {
  resetAll();
  useSessionStore.setState({ session: { status: 'signedIn', email: 'demo@kundencenter.example' } });
  kc = installApp({ 'outbox:list': () => ok([pendingEntry()]) });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

describe('signing out with writes still queued', () => {
  it('says what would be lost and signs out only when the person says so', async () => {
    const user = userEvent.setup();
    renderWithI18n(<UnsentGuardDialog />);
    let done = act(() => useSessionStore.getState().logout());
    const dialog = await screen.findByRole('dialog', {
      name: 'Eine Nachricht ist noch nicht gesendet',
    });
    expect(dialog.textContent).toContain('Beim Abmelden wird sie gelöscht und nicht gesendet.');
    await user.click(screen.getByRole('button', { name: 'Nicht jetzt' }));
    await done;
    expect(kc.callsTo('session:logout')).toEqual([]);
    expect(useSessionStore.getState().session?.status).toBe('signedIn');

    done = act(() => useSessionStore.getState().logout());
    await user.click(await screen.findByRole('button', { name: 'Trotzdem abmelden' }));
    await done;
    await waitFor(() => expect(kc.callsTo('session:logout')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks nothing when the outbox is empty', async () => {
    kc.handlers['outbox:list'] = () => ok([]);
    renderWithI18n(<UnsentGuardDialog />);
    await act(() => useSessionStore.getState().logout());
    expect(kc.callsTo('session:logout')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
