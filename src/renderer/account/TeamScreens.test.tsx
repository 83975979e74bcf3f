// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Me } from '../../shared/team/types';
import { App } from '../App';
import { meStore } from '../app/me-store';
import { useSyncStore } from '../app/sync-store';
import { contactsStore, resetContactsStore } from '../contacts/contacts-store';
import { fail, ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { ACCOUNT, installApp, renderWithI18n, resetAll } from '../test-support/render';
import { accountStore, resetAccountEdit, verificationStore } from './account-stores';
import { description, findAnnounced } from '../test-support/announced';

const SYNCED = '2026-11-25T13:03:00Z';
const OWNER: Me = {
  userId: 'u1',
  email: 'demo@kundencenter.example',
  name: 'Erika Mustermann',
  customer: {
    customerId: 'c1',
    customerNumber: 'K-100234',
    displayName: 'Mustermann Webdesign GmbH',
    owner: true,
  },
  rights: [
    'customerData',
    'contacts',
    'contracts',
    'credentials',
    'domains',
    'dns',
    'invoices',
    'paymentMethods',
    'tickets',
    'users',
  ],
  memberships: [],
  verificationStatus: 'verified',
};
OWNER.memberships = [
  OWNER.customer,
  { customerId: 'c2', customerNumber: 'K-100236', displayName: 'Erika Mustermann', owner: true },
];
const CONTACT: Contact = {
  id: 'ct1',
  kind: 'person',
  firstName: 'Max',
  lastName: 'Muster',
  organization: null,
  email: 'max@muster.de',
  phone: '+4930123456',
  address: { street: 'Weg 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  usedByDomains: ['muster-webdesign.de'],
  updatedAt: SYNCED,
};

let kc: FakeKc;
/** a lazy screen's first import may take longer than findBy's default second */
const LAZY = { timeout: 8000 };

function setup(me: Me = OWNER) {
  resetAll();
  for (const store of [meStore, accountStore, verificationStore, contactsStore]) store.reset();
  resetAccountEdit();
  resetContactsStore();
  kc = installApp({
    'session:get': () => ok({ status: 'signedIn', email: me.email }),
    'me:get': () => ok({ data: me, syncedAt: SYNCED }),
    'verification:get': () => ok(null),
    'contacts:list': () => ok({ data: [CONTACT], syncedAt: SYNCED }),
  });
}

beforeEach(() => setup());
afterEach(() => {
  cleanup();
  removeFakeKc();
});

function open(route: string) {
  window.location.hash = `#${route}`;
  renderWithI18n(<App />);
  return userEvent.setup();
}

describe('menu rights', () => {
  it('shows menus the user lacks the right for as not available, with the right and who grants it', async () => {
    setup({ ...OWNER, rights: ['contracts', 'tickets', 'domains', 'dns', 'contacts'] });
    open('/billing');
    const entry = await screen.findByTestId('menu-billing');
    await waitFor(() =>
      expect(
        within(entry).getByRole('link', { name: 'Abrechnung' }).getAttribute('aria-disabled'),
      ).toBe('true'),
    );
    expect(entry.textContent).toContain('Ihnen fehlt das Recht „Rechnungen“');
    expect(entry.textContent).toContain('Inhaber');
    expect((await screen.findByTestId('no-access')).textContent).toContain('Rechnungen');
    expect(within(screen.getByTestId('menu-contacts')).getByRole('link').getAttribute('href')).toBe(
      '#/contacts',
    );
  });

  it('offers the switch between customer accounts', async () => {
    kc.handlers['account:switch'] = () => ok({ ...OWNER, customer: OWNER.memberships[1]! });
    const user = open('/');
    const button = await screen.findByRole('button', { name: /^Kundenkonto:/ });
    await user.click(button);
    const menu = screen.getByRole('menu', { name: 'Kundenkonto' });
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((item) => item.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    // the checked account has the focus; the arrow moves to the other one, Enter switches
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kc.callsTo('account:switch')).toEqual([{ customerId: 'c2' }]));
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(button.textContent).toContain(OWNER.memberships[1]!.displayName));
  });
});

describe('Kundeninformationen', () => {
  it('shows both versions on a conflict and applies mine again on request', async () => {
    const theirs = { ...ACCOUNT.data, city: 'x', phone: '+49 40 999' };
    let calls = 0;
    kc.handlers['account:update'] = (input) => {
      calls++;
      return calls === 1
        ? ok({ status: 'conflict', mine: input, theirs })
        : ok({ status: 'saved', account: { ...theirs, phone: '+4930555' } });
    };
    const user = open('/customer-information');
    await user.click(await screen.findByRole('button', { name: 'Kundendaten bearbeiten' }, LAZY));
    const phone = screen.getByLabelText('Telefon');
    await user.clear(phone);
    await user.type(phone, '+49 30 555');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const conflict = await screen.findByTestId('conflict');
    const row = within(conflict).getByRole('row', { name: /Telefon/ });
    expect(row.textContent).toContain('+4930555');
    expect(row.textContent).toContain('+49 40 999');
    await user.click(
      within(conflict).getByRole('button', { name: 'Meine Änderungen erneut anwenden' }),
    );
    await findAnnounced('Ihre Kundendaten sind gespeichert.');
    expect(kc.callsTo('account:update')).toHaveLength(2);
  }, 20_000);

  it("asks before overwriting when sync brings someone else's change while I edit", async () => {
    kc.handlers['account:update'] = () => ok({ status: 'saved', account: ACCOUNT.data });
    const user = open('/customer-information');
    await user.click(await screen.findByRole('button', { name: 'Kundendaten bearbeiten' }, LAZY));
    await user.type(screen.getByLabelText('Ort'), 'x');
    accountStore.put({ ...ACCOUNT.data, phone: '+4940111222' });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const conflict = await screen.findByTestId('conflict');
    expect(within(conflict).getByRole('row', { name: /Telefon/ }).textContent).toContain(
      '+4940111222',
    );
    expect(kc.callsTo('account:update')).toEqual([]);
  }, 20_000);

  it('checks the VAT ID against the country while typing', async () => {
    const user = open('/customer-information');
    await user.click(await screen.findByRole('button', { name: 'Kundendaten bearbeiten' }, LAZY));
    await user.type(screen.getByLabelText('USt-IdNr. (optional)'), 'ATU12345678');
    expect((await screen.findByRole('alert')).textContent).toContain('anderen Land');
  }, 20_000);
});

describe('Kontakte', () => {
  it('shows the contact a search result names: its row marked and focused', async () => {
    open('/contacts?contact=ct1');
    const row = await screen.findByRole('rowheader', { name: 'Max Muster' }, LAZY);
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(row.closest('tr')?.getAttribute('aria-current')).toBe('true');
    // the stored +4930123456 as people write it
    expect(row.closest('tr')?.textContent).toContain('+49 30 123456');
  });

  it('shows short row buttons that screen readers hear with the name; offline they say why first', async () => {
    const user = open('/contacts');
    const edit = await screen.findByRole('button', { name: 'Bearbeiten: Max Muster' }, LAZY);
    const remove = screen.getByRole('button', { name: 'Löschen: Max Muster' });
    expect([edit.textContent, remove.textContent]).toEqual(['Bearbeiten', 'Löschen']);
    // deleting is outlined, not a solid red button in every row
    expect(remove.className).not.toContain('button--danger');
    await user.click(edit);
    act(() =>
      useSyncStore.setState({ status: { online: false, syncing: false, lastSyncedAt: SYNCED } }),
    );
    const form = (await screen.findByRole('button', { name: 'Kontakt speichern' })).closest(
      'form',
    )!;
    expect(form.firstElementChild?.getAttribute('data-testid')).toBe('needs-connection');
    expect(
      screen.getByRole('button', { name: 'Löschen: Max Muster' }).getAttribute('aria-disabled'),
    ).toBe('true');
  });

  it('says a contact domains still use cannot be deleted, before anything is confirmed', async () => {
    const user = open('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Löschen: Max Muster' }, LAZY));
    const dialog = screen.getByRole('dialog', { name: 'Kontakt wird noch verwendet' });
    expect(within(dialog).getByTestId('delete-in-use').textContent).toContain(
      'Max Muster ist noch Kontakt der Domain muster-webdesign.de',
    );
    expect(within(dialog).queryByRole('button', { name: 'Kontakt löschen' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(kc.callsTo('contacts:delete')).toEqual([]);
  });

  it('checks the postal code for the chosen country at its field, and says what fits', async () => {
    const user = open('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Neuer Kontakt' }, LAZY));
    const postal = screen.getByLabelText('Postleitzahl');
    expect(description(postal)).toContain('Zum Beispiel 10115.');
    await user.type(postal, '1011');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    await findAnnounced('Diese Postleitzahl hat nicht das Format des gewählten Landes.');
    expect(postal.getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(screen.getByLabelText('Land'), 'NL');
    expect(description(postal)).toContain('Zum Beispiel 1011 AB.');
    expect(kc.callsTo('contacts:create')).toEqual([]);
  });

  it('shows a created contact once when the refreshed list arrived before the answer', async () => {
    const TIM: Contact = {
      ...CONTACT,
      id: 'ct2',
      firstName: 'Tim',
      lastName: 'Tester',
      email: 'tim@example.org',
      usedByDomains: [],
    };
    let list = [CONTACT];
    kc.handlers['contacts:list'] = () => ok({ data: list, syncedAt: SYNCED });
    // as the core does: the item refreshed in the cache, data:changed sent, then the answer
    kc.handlers['contacts:create'] = () => {
      list = [CONTACT, TIM];
      kc.emit('data:changed', { resource: 'contacts' });
      return ok(TIM);
    };
    const user = open('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Neuer Kontakt' }, LAZY));
    await user.type(screen.getByLabelText('Vorname'), 'Tim');
    await user.type(screen.getByLabelText('Nachname'), 'Tester');
    await user.type(screen.getByLabelText('E-Mail-Adresse'), 'tim@example.org');
    await user.type(screen.getByLabelText('Telefon'), '+49 30 123456');
    await user.type(screen.getByLabelText('Straße und Hausnummer'), 'Testweg 1');
    await user.type(screen.getByLabelText('Postleitzahl'), '10115');
    await user.type(screen.getByLabelText('Ort'), 'Berlin');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    await findAnnounced('Der Kontakt Tim Tester ist angelegt.');
    // the list's own load has landed too: still one row for Tim
    await waitFor(() => expect(kc.callsTo('contacts:list').length).toBeGreaterThan(1));
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Max Muster',
      'Tim Tester',
    ]);
  });

  it('names the domains when the server still refuses (a domain took it meanwhile)', async () => {
    kc.handlers['contacts:list'] = () =>
      ok({ data: [{ ...CONTACT, usedByDomains: [] }], syncedAt: SYNCED });
    kc.handlers['contacts:delete'] = () =>
      fail('errors.contact_in_use', { params: { domains: 'muster-webdesign.de, beispiel.de' } });
    const user = open('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Löschen: Max Muster' }, LAZY));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Kontakt löschen' }));
    expect((await screen.findByTestId('delete-error')).textContent).toContain(
      'muster-webdesign.de, beispiel.de',
    );
  });
});
