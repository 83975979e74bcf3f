// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/support/ipc';
import type { TicketDetail } from '../../shared/support/types';
import { App } from '../App';
import { useSyncStore } from '../app/sync-store';
import { fail, ok, type FakeKc } from '../test-support/fake-kc';
import { ONLINE, renderWithI18n } from '../test-support/render';
import { useNewTicketStore } from './new-ticket-store';
import { THREAD, TICKETS, cached, pendingEntry } from './support-fixtures';
import { findAnnounced } from '../test-support/announced';
import { installSupport, openSupport, removeSupport } from './support-screen-setup';

let kc: FakeKc;

beforeEach(() => {
  kc = installSupport();
});

afterEach(removeSupport);

const open = openSupport;

function goOffline() {
  act(() => useSyncStore.setState({ status: { ...ONLINE, online: false } }));
}

function fileOf(name: string, type: string, size?: number): File {
  const file = new File(['hello'], name, { type });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('ticket list', () => {
  it('lists tickets with status, unread marker and last activity, and filters them', async () => {
    const user = open('/support');
    const table = await screen.findByTestId('ticket-table');
    const rows = within(table).getAllByTestId('ticket-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByTestId('ticket-unread').textContent).toBe('Neue Antwort');
    expect(within(rows[0]!).getByTestId('ticket-status').textContent).toBe('Beantwortet');
    expect(rows[0]!.textContent).toContain('25.11.2026');
    expect(rows[0]!.textContent).toContain('Technik');
    expect(within(rows[1]!).queryByTestId('ticket-unread')).toBeNull();
    expect(screen.getByTestId('ticket-count').textContent).toBe(
      '3 Tickets. 1 mit ungelesener Antwort.',
    );
    expect(
      within(rows[0]!)
        .getByRole('link', { name: /Mailpostfach/ })
        .getAttribute('href'),
    ).toBe('#/support/tickets/t1');

    await user.selectOptions(screen.getByLabelText('Abteilung'), 'Technik');
    expect(within(table).getAllByTestId('ticket-row')).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Status'), 'Geschlossen');
    const left = within(screen.getByTestId('ticket-table')).getAllByTestId('ticket-row');
    expect(left).toHaveLength(1);
    expect(left[0]!.textContent).toContain('SSL-Zertifikat erneuern');
    expect(screen.getByTestId('ticket-count').textContent).toContain('1 von 3 Tickets.');
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(within(screen.getByTestId('ticket-table')).getAllByTestId('ticket-row')).toHaveLength(3);
  });

  it('reloads when sync brings a staff reply', async () => {
    open('/support');
    await screen.findByTestId('ticket-table');
    kc.handlers['tickets:list'] = () =>
      ok(cached(TICKETS.map((t) => (t.id === 't2' ? { ...t, unread: true } : t))));
    act(() => kc.emit('data:changed', { resource: 'tickets' }));
    await waitFor(() => expect(screen.getAllByTestId('ticket-unread')).toHaveLength(2));
  });

  it('turns notifications per kind on and off', async () => {
    kc.handlers['settings:set'] = (input) =>
      ok({ notifyTicketReplies: true, ...(input as object) });
    const user = open('/support');
    const replies = await screen.findByLabelText<HTMLInputElement>('… auf ein Ticket antwortet');
    expect(replies.checked).toBe(true);
    await user.click(screen.getByLabelText('… ein Ticket schließt'));
    expect(kc.callsTo('settings:set')).toEqual([{ notifyTicketClosed: false }]);
    await findAnnounced('Gespeichert.');
    expect(screen.getByLabelText<HTMLInputElement>('… ein Ticket schließt').checked).toBe(false);
  });

  it('speaks English too', async () => {
    open('/support', 'en');
    const table = await screen.findByTestId('ticket-table');
    expect(
      within(table)
        .getAllByTestId('ticket-status')
        .map((s) => s.textContent),
    ).toEqual(['Answered', 'Open', 'Closed']);
    expect(table.textContent).toContain('25/11/2026');
  });
});

describe('opening a ticket', () => {
  const created: TicketDetail = { ...THREAD, id: 't9', number: 'T-100009', messages: [] };

  it('says what is missing and keeps focus on the first field to fix', async () => {
    const user = open('/support/new');
    await user.type(await screen.findByLabelText('Betreff'), 'Domain zeigt Fehler');
    await user.click(screen.getByRole('button', { name: 'Ticket eröffnen' }));
    await findAnnounced('Bitte wählen Sie die Abteilung: Technik oder Buchhaltung.');
    expect(document.activeElement).toBe(screen.getByLabelText('Abteilung'));
    expect(screen.getByLabelText('Nachricht').getAttribute('aria-invalid')).toBe('true');
    expect(kc.callsTo('tickets:create')).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>('Betreff').value).toBe('Domain zeigt Fehler');
  });

  it('refuses files of other types or over 10 MB with the reason, and keeps the others', async () => {
    const user = open('/support/new');
    const input = await screen.findByTestId('new-ticket-attachments-input');
    await user.upload(input, [
      fileOf('setup.exe', 'application/octet-stream'),
      fileOf('gross.pdf', 'application/pdf', 11 * 1024 * 1024),
      fileOf('screenshot.png', 'image/png'),
    ]);
    const refused = await screen.findByTestId('new-ticket-attachments-refused');
    expect(refused.textContent).toContain('„setup.exe“ kann nicht angehängt werden');
    expect(refused.textContent).toContain(
      '„gross.pdf“ ist 11 MB groß; erlaubt sind höchstens 10 MB je Datei.',
    );
    const files = screen.getAllByTestId('new-ticket-attachments-file');
    expect(files.map((f) => f.textContent)).toEqual([expect.stringContaining('screenshot.png')]);
  });

  it('takes files dropped on the zone', async () => {
    open('/support/new');
    const zone = await screen.findByTestId('new-ticket-attachments-dropzone');
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf('log.txt', 'text/plain')] } });
    expect((await screen.findByTestId('new-ticket-attachments-file')).textContent).toContain(
      'log.txt',
    );
  });

  it('sends department, subject, the chosen domain, priority, message and files, then opens it', async () => {
    kc.handlers['tickets:create'] = () => ok({ queued: false, ticket: created });
    kc.handlers['tickets:get'] = () => ok(cached({ ...created, pending: [] }));
    const user = open('/support/new');
    await user.selectOptions(await screen.findByLabelText('Abteilung'), 'Technik');
    await user.type(screen.getByLabelText('Betreff'), 'Shop langsam');
    await screen.findByRole('option', { name: 'mustermann-shop.de' });
    await user.selectOptions(screen.getByLabelText('Betrifft (optional)'), 'mustermann-shop.de');
    await user.selectOptions(screen.getByLabelText('Priorität'), 'Dringend');
    await user.type(screen.getByLabelText('Nachricht'), 'Seit gestern sehr langsam.');
    await user.upload(screen.getByTestId('new-ticket-attachments-input'), [
      fileOf('log.txt', 'text/plain'),
    ]);
    await screen.findByTestId('new-ticket-attachments-file');
    await user.click(screen.getByRole('button', { name: 'Ticket eröffnen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/support/tickets/t9'));
    expect(kc.callsTo('tickets:create')).toEqual([
      {
        department: 'technik',
        subject: 'Shop langsam',
        priority: 'urgent',
        related: [{ kind: 'domain', id: 'mustermann-shop.de', label: 'mustermann-shop.de' }],
        message: 'Seit gestern sehr langsam.',
        attachments: [{ fileName: 'log.txt', mimeType: 'text/plain', base64: btoa('hello') }],
      },
    ]);
    expect((await screen.findByTestId('ticket-created')).textContent).toContain(
      'Ihr Ticket T-100009 ist eröffnet.',
    );
  });

  it('keeps everything typed when the server refuses a file, and names that file', async () => {
    kc.handlers['tickets:create'] = () =>
      fail('errors.attachment_type', {
        fields: { 'attachments.1': 'errors.field.attachment_type' },
      });
    const user = open('/support/new');
    await user.selectOptions(await screen.findByLabelText('Abteilung'), 'Buchhaltung');
    await user.type(screen.getByLabelText('Betreff'), 'Belege');
    await user.type(screen.getByLabelText('Nachricht'), 'Anbei die Belege.');
    await user.upload(screen.getByTestId('new-ticket-attachments-input'), [
      fileOf('a.pdf', 'application/pdf'),
      fileOf('b.png', 'image/png'),
    ]);
    await waitFor(() =>
      expect(screen.getAllByTestId('new-ticket-attachments-file')).toHaveLength(2),
    );
    await user.click(screen.getByRole('button', { name: 'Ticket eröffnen' }));
    const files = screen.getAllByTestId('new-ticket-attachments-file');
    expect((await within(files[1]!).findByRole('alert')).textContent).toContain(
      '„b.png“ wurde nicht angenommen',
    );
    expect(within(files[0]!).queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Betreff').value).toBe('Belege');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Nachricht').value).toBe('Anbei die Belege.');
    expect(window.location.hash).toBe('#/support/new');
  });

  it('offline, keeps the new ticket in the outbox and shows it waiting in the list', async () => {
    const entry: OutboxEntry = {
      id: 'o9',
      ticketId: null,
      newTicket: {
        department: 'technik',
        subject: 'Offline geschrieben',
        priority: 'normal',
        related: [],
      },
      body: 'Im Zug geschrieben.',
      attachments: [],
      createdAt: '2026-11-26T08:00:00Z',
      state: 'pending',
    };
    kc.handlers['tickets:create'] = () => {
      kc.handlers['outbox:list'] = () => ok([entry]);
      return ok({ queued: true, entry });
    };
    const user = open('/support/new');
    await screen.findByLabelText('Betreff');
    goOffline();
    expect((await screen.findByTestId('new-ticket-offline')).textContent).toContain(
      'gesendet, sobald die Verbindung wieder besteht',
    );
    await user.selectOptions(screen.getByLabelText('Abteilung'), 'Technik');
    await user.type(screen.getByLabelText('Betreff'), 'Offline geschrieben');
    await user.type(screen.getByLabelText('Nachricht'), 'Im Zug geschrieben.');
    await user.click(screen.getByRole('button', { name: 'Ticket eröffnen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/support'));
    expect(kc.callsTo('tickets:create')).toHaveLength(1);
    const pending = await screen.findByTestId('pending-tickets');
    expect(pending.textContent).toContain('Neues Ticket: Offline geschrieben');
    expect(within(pending).getByTestId('pending-state').textContent).toBe(
      'Wird gesendet, sobald online.',
    );
  });
});

describe('a ticket thread', () => {
  it('shows staff and customer messages with their files, and opens a text file', async () => {
    kc.handlers['tickets:attachment'] = () =>
      ok({ base64: btoa('Filter entfernt'), fileName: 'protokoll.txt', mimeType: 'text/plain' });
    const user = open('/support/tickets/t1');
    await screen.findByRole('heading', { level: 2, name: 'Mailpostfach nimmt keine Mails an' });
    const messages = screen.getAllByTestId('thread-message');
    expect(messages.map((m) => m.getAttribute('data-author'))).toEqual(['customer', 'staff']);
    expect(within(messages[1]!).getByRole('heading').textContent).toContain(
      'Jonas Becker (Support)',
    );
    expect(screen.getByTestId('ticket-facts').textContent).toContain('Domain mustermann.de');
    await user.click(screen.getByRole('button', { name: 'protokoll.txt öffnen' }));
    const preview = await screen.findByTestId('attachment-preview');
    await within(preview).findByText('Filter entfernt');
    expect(kc.callsTo('tickets:attachment')).toEqual([{ ticketId: 't1', attachmentId: 'a2' }]);
    await user.click(within(preview).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByTestId('attachment-preview')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'protokoll.txt öffnen' }),
    );
  });

  it('saves an attachment where the person chooses', async () => {
    kc.handlers['tickets:saveAttachment'] = () => ok({ saved: true });
    const user = open('/support/tickets/t1');
    await user.click(await screen.findByRole('button', { name: 'fehler.png speichern unter …' }));
    await findAnnounced('„fehler.png“ gespeichert.');
    expect(kc.callsTo('tickets:saveAttachment')).toEqual([{ ticketId: 't1', attachmentId: 'a1' }]);
  });

  it('refuses an empty reply, queues one written offline and shows it as pending', async () => {
    let pending: ReturnType<typeof pendingEntry>[] = [];
    kc.handlers['tickets:get'] = () => ok(cached({ ...THREAD, pending }));
    kc.handlers['tickets:reply'] = (input) => {
      const { body } = input as { body: string };
      pending = [pendingEntry({ body })];
      return ok(pending[0]);
    };
    const user = open('/support/tickets/t1');
    await screen.findByTestId('thread');
    goOffline();
    expect(screen.getByTestId('reply-offline').textContent).toBe(
      'Sie sind offline. Ihre Antwort wird gespeichert und gesendet, sobald eine Verbindung besteht.',
    );
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    await findAnnounced('Bitte schreiben Sie Ihre Antwort.');
    await user.type(screen.getByLabelText('Ihre Antwort'), 'Geht wieder, danke!');
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    expect(kc.callsTo('tickets:reply')).toEqual([{ ticketId: 't1', body: 'Geht wieder, danke!' }]);
    const entry = await screen.findByTestId('pending-reply');
    expect(entry.textContent).toContain('Geht wieder, danke!');
    expect(within(entry).getByTestId('pending-state').textContent).toBe(
      'Wird gesendet, sobald online.',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Ihre Antwort').value).toBe('');
  });

  it('offers retry and discard for a reply the server refused', async () => {
    let pending = [
      pendingEntry({
        state: 'failed',
        error: { code: 'validation_failed', messageKey: 'errors.validation_failed' },
      }),
    ];
    kc.handlers['tickets:get'] = () => ok(cached({ ...THREAD, pending }));
    kc.handlers['outbox:retry'] = () => ok(pendingEntry());
    kc.handlers['outbox:discard'] = () => {
      pending = [];
      return ok(undefined);
    };
    const user = open('/support/tickets/t1');
    const entry = await screen.findByTestId('pending-reply');
    expect(entry.textContent).toContain('Diese Antwort wurde nicht angenommen.');
    await user.click(within(entry).getByRole('button', { name: 'Erneut senden' }));
    expect(kc.callsTo('outbox:retry')).toEqual([{ id: 'o1' }]);
    await user.click(within(entry).getByRole('button', { name: 'Verwerfen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Antwort verwerfen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verwerfen' }));
    expect(kc.callsTo('outbox:discard')).toEqual([{ id: 'o1' }]);
    act(() => kc.emit('data:changed', { resource: 'outbox' }));
    await waitFor(() => expect(screen.queryByTestId('pending-reply')).toBeNull());
  });

  it('closes a ticket after asking', async () => {
    kc.handlers['tickets:close'] = () => ok({ ...TICKETS[0]!, status: 'closed' });
    const user = open('/support/tickets/t1');
    await user.click(await screen.findByRole('button', { name: 'Ticket schließen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ticket T-100004 schließen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    expect(kc.callsTo('tickets:close')).toEqual([{ id: 't1' }]);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('ticket-facts')).getByTestId('ticket-status').textContent,
      ).toBe('Geschlossen'),
    );
    expect(screen.getByTestId('reply-reopens').textContent).toBe(
      'Dieses Ticket ist geschlossen. Mit Ihrer Antwort wird es wieder geöffnet.',
    );
  });

  it('says a reply reopens a closed ticket', async () => {
    open('/support/tickets/t3');
    expect((await screen.findByTestId('reply-reopens')).textContent).toBe(
      'Dieses Ticket ist geschlossen. Mit Ihrer Antwort wird es wieder geöffnet.',
    );
    expect(
      screen.getByRole('button', { name: 'Antworten und wieder öffnen' }).getAttribute('type'),
    ).toBe('submit');
    expect(screen.queryByRole('button', { name: 'Ticket schließen' })).toBeNull();
  });
});

describe('drafts', () => {
  it('are kept while the person looks elsewhere, and forgotten at sign-out', async () => {
    kc.handlers['session:get'] = () =>
      ok({ status: 'signedIn', email: 'demo@kundencenter.example' });
    window.location.hash = '#/support/new';
    renderWithI18n(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Betreff'), 'Halb geschrieben');
    await user.click(screen.getByRole('link', { name: 'Tickets' }));
    await screen.findByTestId('ticket-table');
    await user.click(screen.getAllByRole('link', { name: 'Ticket eröffnen' })[0]!);
    expect((await screen.findByLabelText<HTMLInputElement>('Betreff')).value).toBe(
      'Halb geschrieben',
    );
    await user.click(screen.getByRole('button', { name: 'Abmelden' }));
    await screen.findByRole('button', { name: 'Anmelden' });
    expect(useNewTicketStore.getState().subject).toBe('');
  });
});

describe('a clicked notification', () => {
  it('opens the ticket it was about', async () => {
    kc.handlers['session:get'] = () =>
      ok({ status: 'signedIn', email: 'demo@kundencenter.example' });
    window.location.hash = '#/';
    renderWithI18n(<App />);
    await screen.findByRole('navigation', { name: 'Kundencenter' });
    act(() => kc.emit('notification:open', { route: '/support/tickets/t1' }));
    await screen.findByRole('heading', { level: 2, name: 'Mailpostfach nimmt keine Mails an' });
    expect(window.location.hash).toBe('#/support/tickets/t1');
  });
});
