// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cached } from '../../shared/domain';
import type {
  DeviceSessions,
  SecurityState,
  SignInHistory,
  TotpEnrollment,
} from '../../shared/security/types';
import { App } from '../App';
import { useSyncStore } from '../app/sync-store';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, ONLINE, renderWithI18n, resetAll } from '../test-support/render';

const AT = '2026-11-25T13:03:00Z';
const cached = <T,>(data: T): Cached<T> => ({ data, syncedAt: AT });
const STATE: SecurityState = { totpEnabled: false, recoveryCodesLeft: 0, passwordChangedAt: null };
const DEVICES: DeviceSessions = {
  sessions: [
    {
      id: 's1',
      deviceName: 'Kundencenter Desktop · Linux',
      createdAt: AT,
      lastUsedAt: AT,
      current: true,
    },
    {
      id: 's2',
      deviceName: 'Kundencenter Desktop · Windows',
      createdAt: AT,
      lastUsedAt: AT,
      current: false,
    },
  ],
};
const HISTORY: SignInHistory = {
  attempts: [
    {
      id: '2',
      at: AT,
      outcome: 'success',
      method: 'password',
      deviceName: 'Kundencenter Desktop · Linux',
    },
    { id: '1', at: AT, outcome: 'locked', method: 'password', deviceName: null },
  ],
};
const CODES = Array.from({ length: 10 }, (_, i) => `ABCD-EFGH-JK${String(i).padStart(2, '2')}`);

let kc: FakeKc;
beforeEach(() => {
  resetAll();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: 'demo@kundencenter.example' }),
    'security:state': () => ok(cached(STATE)),
    'security:sessions': () => ok(cached(DEVICES)),
    'security:signIns': () => ok(cached(HISTORY)),
    'security:refresh': () => ok(undefined),
    'me:get': () => ok(null),
  });
});
afterEach(() => {
  cleanup();
  removeFakeKc();
});

async function open() {
  window.location.hash = '#/security';
  renderWithI18n(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Sicherheit' });
  return userEvent.setup();
}

describe('Sicherheit', () => {
  it('shows the devices (this one marked) and the history from the cache, and asks main to refresh', async () => {
    await open();
    const devices = await screen.findByTestId('devices-table');
    const rows = within(devices).getAllByTestId('device-row');
    expect(rows[0]?.textContent).toContain('Dieses Gerät');
    // another device can be signed out, this one only through Abmelden
    expect(
      within(rows[1]!)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Kundencenter Desktop · Windows abmelden']);
    expect(within(rows[0]!).queryAllByRole('button')).toHaveLength(0);
    const history = within(screen.getByTestId('history-table')).getAllByTestId('history-row');
    expect(history.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Erfolgreich'),
      expect.stringContaining('Unbekanntes Gerät'),
    ]);
    expect(kc.callsTo('security:refresh')).toHaveLength(1);
  });

  it('offline: the writes say why they are unavailable, and nothing is sent', async () => {
    useSyncStore.setState({ status: { ...ONLINE, online: false } });
    kc.handlers['sync:status'] = () => ok({ ...ONLINE, online: false });
    const user = await open();
    await screen.findByTestId('devices-table');
    expect(screen.getAllByTestId('needs-connection').length).toBeGreaterThanOrEqual(3);
    const end = screen.getByRole('button', { name: 'Alle anderen Geräte abmelden' });
    expect(end.getAttribute('aria-disabled')).toBe('true');
    await user.click(end);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a weak new password at its field before sending, keeping what was typed', async () => {
    const user = await open();
    await user.type(screen.getByLabelText('Jetziges Passwort'), 'Demo-Passwort-2026');
    await user.type(screen.getByLabelText('Neues Passwort'), 'Passwort123');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'Passwort123');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    const field = screen.getByLabelText<HTMLInputElement>('Neues Passwort');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.value).toBe('Passwort123');
    expect(kc.callsTo('security:changePassword')).toEqual([]);

    kc.handlers['security:changePassword'] = () =>
      fail('errors.wrong_password', { fields: { currentPassword: 'errors.wrong_password' } });
    await user.clear(field);
    await user.type(field, 'Ganz-neues-Passwort-77');
    await user.clear(screen.getByLabelText('Passwort wiederholen'));
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'Ganz-neues-Passwort-77');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    const current = screen.getByLabelText<HTMLInputElement>('Jetziges Passwort');
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(current.value).toBe('');
    expect(field.value).toBe('Ganz-neues-Passwort-77');
  });

  it('sets up two-factor sign-in: password, QR code and key, a code, then the recovery codes to save', async () => {
    const enrollment: TotpEnrollment = {
      size: 21,
      modules: '1'.repeat(21) + '0'.repeat(21 * 20),
      secretGroups: 'ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567',
      account: 'demo@kundencenter.example',
      expiresAt: AT,
    };
    kc.handlers['security:totpStart'] = () => ok(enrollment);
    kc.handlers['security:totpConfirm'] = () => ok({ codes: CODES });
    kc.handlers['security:recoverySave'] = () => ok({ saved: true });
    const user = await open();
    await user.click(
      await screen.findByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }),
    );
    await user.type(screen.getByLabelText('Ihr Passwort'), 'Demo-Passwort-2026');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    const qr = await screen.findByRole('img', { name: /QR-Code für die Authenticator-App/ });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h1v1h-1z/);
    expect(screen.getByTestId('totp-secret').textContent).toBe(enrollment.secretGroups);

    await user.type(screen.getByLabelText('Sicherheitscode'), '12345');
    await user.click(screen.getByRole('button', { name: 'Bestätigen und einschalten' }));
    expect(kc.callsTo('security:totpConfirm')).toEqual([]);
    await user.type(screen.getByLabelText('Sicherheitscode'), '6');
    await user.click(screen.getByRole('button', { name: 'Bestätigen und einschalten' }));
    const list = await screen.findByTestId('recovery-codes');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    await user.click(screen.getByRole('button', { name: 'Als Textdatei speichern' }));
    expect(kc.callsTo('security:recoverySave')).toEqual([{ codes: CODES }]);
    await user.click(screen.getByRole('button', { name: 'Kopieren' }));
    expect(kc.callsTo('clipboard:writeText')).toEqual([{ text: CODES.join('\n') }]);
    await user.click(screen.getByRole('button', { name: 'Ich habe die Codes aufbewahrt' }));
    expect(screen.queryByTestId('recovery-codes')).toBeNull();
  });
});
