// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DnsZone } from '../../shared/domains/types';
import { useSyncStore } from '../app/sync-store';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { findAnnounced } from '../test-support/announced';
import { installApp, ONLINE, renderWithI18n, resetAll } from '../test-support/render';
import { cached, DETAIL, domainsHandlers, ZONE } from './domains-fixtures';
import { resetDomainsStores } from './domains-stores';
import { DomainsScreen } from './DomainsScreen';

let kc: FakeKc;
let unstubLayout: () => void;

/** jsdom lays nothing out: give the list's scroll box a height so rows render */
beforeAll(() => {
  const proto = HTMLElement.prototype;
  const saved = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('domain-table__scroll') ? 600 : 0;
    },
  });
  unstubLayout = () => {
    if (saved) Object.defineProperty(proto, 'clientHeight', saved);
    else delete (proto as unknown as Record<string, unknown>).clientHeight;
  };
});
afterAll(() => unstubLayout());

beforeEach(() => {
  resetAll();
  resetDomainsStores();
  useSyncStore.setState({ status: ONLINE });
  kc = installApp(domainsHandlers());
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

function open(route: string, language: 'de' | 'en' = 'de') {
  window.location.hash = `#${route}`;
  renderWithI18n(<DomainsScreen />, language);
  return userEvent.setup();
}

function goOffline() {
  act(() => useSyncStore.setState({ status: { ...ONLINE, online: false } }));
}

describe('domain list', () => {
  it('shows every domain with status, expiry, auto-renew and lock; the soon-expiring one says so; search filters', async () => {
    const user = open('/domains');
    const rows = await screen.findAllByTestId('domain-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByTestId('expiring-soon').textContent).toBe('läuft bald ab');
    expect(within(rows[1]!).queryByTestId('expiring-soon')).toBeNull();
    expect(rows[0]!.textContent).toContain('Nein');
    expect(rows[1]!.textContent).toContain('Offen');
    expect(within(rows[2]!).getByRole('link').getAttribute('href')).toBe(
      '#/domains/muster-webdesign.de',
    );
    expect(screen.getByRole('table').getAttribute('data-help-target')).toBe('domains-list');

    await user.type(screen.getByLabelText('Domain suchen'), 'MUSTER');
    await waitFor(() => expect(screen.getAllByTestId('domain-row')).toHaveLength(2));
    expect(screen.getByTestId('domain-count').textContent).toBe('2 Domains');
    await user.type(screen.getByLabelText('Domain suchen'), '-nichts');
    await screen.findByText('Keine Domain passt zur Suche.');
    expect(screen.queryAllByTestId('domain-row')).toHaveLength(0);
  });
});

describe('domain detail', () => {
  it('switches the transfer lock at once and says what happened; a change meanwhile shows theirs', async () => {
    const user = open('/domains/muster-webdesign.de');
    const lock = await screen.findByRole('switch', { name: 'Transfer-Sperre' });
    expect((lock as HTMLInputElement).checked).toBe(true);
    await user.click(lock);
    await findAnnounced('Die Transfer-Sperre ist jetzt aus.');
    expect(kc.callsTo('domains:update')).toEqual([
      { name: 'muster-webdesign.de', etag: '"d1"', transferLock: false },
    ]);
    expect((lock as HTMLInputElement).checked).toBe(false);

    kc.handlers['domains:update'] = () =>
      ok({ status: 'conflict', theirs: { ...DETAIL, autoRenew: false, etag: '"d9"' } });
    await user.click(screen.getByRole('switch', { name: /Auto-Renew/ }));
    await findAnnounced(/inzwischen an anderer Stelle geändert/);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: /Auto-Renew/ }).checked).toBe(
      false,
    );
  });

  it('checks nameservers while typing and saves the list', async () => {
    const user = open('/domains/muster-webdesign.de');
    const second = await screen.findByLabelText('Nameserver 2');
    await user.clear(second);
    await user.type(second, '192.0.2.1');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(second.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Bitte geben Sie einen Hostnamen ein, keine IP-Adresse.',
    );
    const save = screen.getByRole('button', { name: 'Nameserver speichern' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await user.clear(second);
    await user.type(second, 'ns.example.net');
    expect(second.getAttribute('aria-invalid')).toBeNull();
    await user.click(save);
    await findAnnounced('Die Nameserver sind gespeichert.');
    expect(kc.callsTo('domains:update')).toEqual([
      {
        name: 'muster-webdesign.de',
        etag: '"d1"',
        nameservers: ['ns1.kundencenter.example', 'ns.example.net'],
      },
    ]);
  });

  it('warns before a .de owner change and saves the four contacts after confirming', async () => {
    const user = open('/domains/muster-webdesign.de');
    const section = await screen.findByRole('region', { name: 'Kontakte' });
    expect(section.getAttribute('data-help-target')).toBe('domain-contacts');
    await user.selectOptions(within(section).getByLabelText('Technischer Kontakt'), 'ct-erika');
    expect(screen.queryByTestId('owner-change-warning')).toBeNull();
    await user.selectOptions(within(section).getByLabelText('Inhaber'), 'ct-max');
    expect(screen.getByTestId('owner-change-warning').textContent).toContain('Inhaberwechsel');
    await user.click(within(section).getByRole('button', { name: 'Kontakte speichern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inhaber wirklich wechseln?' });
    expect(kc.callsTo('domains:setContacts')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Inhaber wechseln' }));
    await findAnnounced('Die Kontakte sind gespeichert.');
    expect(kc.callsTo('domains:setContacts')).toEqual([
      {
        name: 'muster-webdesign.de',
        etag: '"d1"',
        contacts: { owner: 'ct-max', admin: 'ct-erika', tech: 'ct-erika', zone: 'ct-max' },
      },
    ]);
  });

  it('explains why no auth code while locked; unlocked, it confirms, shows the code once and copies it', async () => {
    const user = open('/domains/muster-webdesign.de');
    const button = await screen.findByRole('button', { name: 'Auth-Code erzeugen' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(
      document.getElementById(button.getAttribute('aria-describedby')!)?.textContent,
    ).toContain('Transfer-Sperre');

    await user.click(screen.getByRole('switch', { name: 'Transfer-Sperre' }));
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await user.click(button);
    const confirm = await screen.findByRole('dialog', { name: 'Neuen Auth-Code erzeugen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Auth-Code erzeugen' }));
    const shown = await screen.findByRole('dialog', { name: 'Auth-Code für muster-webdesign.de' });
    expect(within(shown).getByTestId('auth-code').textContent).toBe('Ab3+Cd4-Ef5');
    expect(shown.textContent).toContain('Gültig bis 25.12.2026');
    await user.click(within(shown).getByRole('button', { name: 'Auth-Code kopieren' }));
    await findAnnounced('Kopiert', shown);
    expect(kc.callsTo('clipboard:writeText')).toEqual([{ text: 'Ab3+Cd4-Ef5' }]);
  });

  it('offline: shows the domain with every editing control disabled and the reason', async () => {
    open('/domains/muster-webdesign.de');
    await screen.findByRole('switch', { name: 'Transfer-Sperre' });
    goOffline();
    const lock = screen.getByRole<HTMLInputElement>('switch', { name: 'Transfer-Sperre' });
    expect(lock.disabled).toBe(true);
    expect(lock.getAttribute('aria-describedby')).toContain('domain-offline-reason');
    expect(screen.getByTestId('needs-connection').textContent).toBe(
      'Dafür ist eine Verbindung nötig.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Nameserver 1').disabled).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>('Inhaber').disabled).toBe(true);
  });
});

describe('DNS editor', () => {
  const field = (name: string) => screen.getByLabelText(name);

  it('filters by name and type; a new record clears the filter and takes the focus', async () => {
    const user = open('/domains/muster-webdesign.de/dns');
    expect(await screen.findAllByTestId('dns-row')).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Typ'), 'MX');
    expect(screen.getAllByTestId('dns-row')).toHaveLength(1);
    // the row keeps its number in the zone
    expect(screen.getAllByTestId('dns-row')[0]!.contains(field('Wert (Eintrag 3)'))).toBe(true);
    expect(screen.getByTestId('dns-filter-count').textContent).toBe('1 von 3 Einträgen passt');
    await user.selectOptions(screen.getByLabelText('Typ'), 'all');
    await user.type(screen.getByLabelText('Name enthält'), 'WW');
    expect(screen.getAllByTestId('dns-row')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Eintrag hinzufügen' }));
    expect(screen.getAllByTestId('dns-row')).toHaveLength(4);
    expect(document.activeElement).toBe(field('Typ (Eintrag 4)'));
  });

  it('checks a new record at the field, saves the whole zone with the etag it started from, and undoes', async () => {
    const user = open('/domains/muster-webdesign.de/dns');
    expect(await screen.findAllByTestId('dns-row')).toHaveLength(3);
    expect(screen.getByRole('table').getAttribute('data-help-target')).toBe('dns-editor');
    await user.click(screen.getByRole('button', { name: 'Eintrag hinzufügen' }));
    expect(screen.getByTestId('dns-pending').textContent).toBe('1 ungespeicherte Änderung');
    await user.type(field('Name (Eintrag 4)'), 'shop');
    await user.type(field('Wert (Eintrag 4)'), '300.1.1.1');
    const value = field('Wert (Eintrag 4)');
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(value.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Das ist keine gültige IPv4-Adresse (z. B. 192.0.2.10).',
    );
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(kc.callsTo('dns:save')).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('Nichts gespeichert');

    await user.clear(value);
    await user.type(value, '192.0.2.20');
    expect(value.getAttribute('aria-invalid')).toBeNull();
    // deleting a record, then undoing that
    await user.click(screen.getByRole('button', { name: 'Eintrag 2 löschen' }));
    expect(screen.getAllByTestId('dns-row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(screen.getAllByTestId('dns-row')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await findAnnounced('Die DNS-Einträge sind gespeichert.');
    const [sent] = kc.callsTo('dns:save') as { baseEtag: string; records: unknown[] }[];
    expect(sent!.baseEtag).toBe('"z1"');
    expect(sent!.records).toEqual([
      ...ZONE.records,
      { id: 'new-1', name: 'shop', type: 'A', ttl: 3600, value: '192.0.2.20' },
    ]);
    expect(screen.getByTestId('dns-pending').textContent).toBe('Keine ungespeicherten Änderungen');
  });

  it('shows the rules the server refused at the field', async () => {
    kc.handlers['dns:save'] = () =>
      ok({
        status: 'invalid',
        issues: [
          { recordId: 'r1', field: 'ttl', code: 'ttl_range', params: { min: 60, max: 604800 } },
        ],
      });
    const user = open('/domains/muster-webdesign.de/dns');
    const ttl = await screen.findByLabelText('TTL (Eintrag 1)');
    await user.clear(ttl);
    await user.type(ttl, '7200');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(ttl.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(ttl.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Die TTL muss zwischen 60 und 604800 Sekunden liegen.',
    );
  });

  it('on a conflict lists what the other person changed and re-applies the edits on theirs', async () => {
    const theirs: DnsZone = {
      ...ZONE,
      etag: '"z7"',
      records: [
        ...ZONE.records,
        { id: 'r9', name: 'blog', type: 'A', ttl: 3600, value: '192.0.2.99' },
      ],
    };
    kc.handlers['dns:save'] = () => ok({ status: 'conflict', theirs });
    const user = open('/domains/muster-webdesign.de/dns');
    const value = await screen.findByLabelText('Wert (Eintrag 1)');
    await user.clear(value);
    await user.type(value, '192.0.2.11');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByTestId('dns-their-changes').textContent).toBe(
      'Hinzugefügt: A blog → 192.0.2.99',
    );
    await user.click(
      within(panel).getByRole('button', { name: 'Meine Änderungen erneut anwenden' }),
    );
    expect(screen.getAllByTestId('dns-row')).toHaveLength(4);
    expect(screen.getByLabelText<HTMLInputElement>('Wert (Eintrag 1)').value).toBe('192.0.2.11');

    kc.handlers['dns:save'] = domainsHandlers()['dns:save'];
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await findAnnounced('Die DNS-Einträge sind gespeichert.');
    const sent = kc.callsTo('dns:save') as { baseEtag: string }[];
    expect(sent.map((s) => s.baseEtag)).toEqual(['"z1"', '"z7"']);
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = open('/domains/muster-webdesign.de/dns');
    await user.click(await screen.findByRole('button', { name: 'Eintrag hinzufügen' }));
    await user.click(screen.getByRole('link', { name: 'Zurück zu muster-webdesign.de' }));
    const dialog = await screen.findByRole('dialog', { name: 'Änderungen verwerfen?' });
    expect(window.location.hash).toBe('#/domains/muster-webdesign.de/dns');
    await user.click(within(dialog).getByRole('button', { name: 'Hier bleiben' }));
    expect(screen.getAllByTestId('dns-row')).toHaveLength(4);
    await user.click(screen.getByRole('link', { name: 'Zurück zu muster-webdesign.de' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Verlassen und verwerfen',
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/domains/muster-webdesign.de'));
  });

  it('shows a long TXT text split into its 255-character strings', async () => {
    kc.handlers['dns:get'] = () =>
      ok(
        cached({
          ...ZONE,
          records: [
            { id: 't1', name: '@', type: 'TXT' as const, ttl: 3600, value: 'v'.repeat(300) },
          ],
        }),
      );
    open('/domains/muster-webdesign.de/dns');
    const split = await screen.findByTestId('txt-split');
    expect(split.querySelectorAll('li')).toHaveLength(2);
    expect(split.textContent).toContain('2 Zeichenketten');
  });

  it('offline: the records stay readable, editing is disabled with the reason', async () => {
    open('/domains/muster-webdesign.de/dns');
    await screen.findAllByTestId('dns-row');
    goOffline();
    const value = screen.getByLabelText<HTMLInputElement>('Wert (Eintrag 1)');
    expect(value.value).toBe('192.0.2.10');
    expect(value.disabled).toBe(true);
    expect(value.getAttribute('aria-describedby')).toContain('dns-offline-reason');
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Eintrag hinzufügen' }).disabled,
    ).toBe(true);
    expect(screen.getByTestId('needs-connection').textContent).toBe(
      'Dafür ist eine Verbindung nötig.',
    );
  });
});
