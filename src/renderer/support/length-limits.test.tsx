// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSyncStore } from '../app/sync-store';
import { removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, ONLINE, renderWithI18n, resetAll } from '../test-support/render';
import { resetNewTicketStore } from './new-ticket-store';
import { resetReplyStore } from './reply-store';
import { supportHandlers } from './support-fixtures';
import { resetSupportStores } from './support-stores';
import { SupportScreen } from './SupportScreen';
import { findAnnounced } from '../test-support/announced';

let kc: FakeKc;

beforeEach(() => {
  resetAll();
  resetSupportStores();
  resetNewTicketStore();
  resetReplyStore();
  useSyncStore.setState({ status: ONLINE });
  kc = installApp(supportHandlers());
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

function open(route: string, language: 'de' | 'en' = 'de') {
  window.location.hash = `#${route}`;
  renderWithI18n(<SupportScreen />, language);
  return userEvent.setup({ applyAccept: false });
}

describe('subject and message limits', () => {
  it('keeps a subject past 200 characters whole, counts the excess and refuses to send', async () => {
    const user = open('/support/new');
    const subject = await screen.findByLabelText<HTMLInputElement>('Betreff');
    fireEvent.change(subject, { target: { value: 'x'.repeat(190) } });
    expect(screen.getByTestId('new-ticket-subject-counter').textContent).toBe('190 / 200 Zeichen');
    fireEvent.change(subject, { target: { value: 'x'.repeat(212) } });
    expect(subject.value).toHaveLength(212);
    expect(screen.getByTestId('new-ticket-subject-counter').textContent).toBe(
      '12 Zeichen zu viel (höchstens 200)',
    );
    await user.click(screen.getByRole('button', { name: 'Ticket eröffnen' }));
    await findAnnounced('Der Betreff ist zu lang: höchstens 200 Zeichen.');
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    expect(subject.value).toHaveLength(212);
    expect(kc.callsTo('tickets:create')).toEqual([]);
  });

  it('keeps a message past 20,000 characters whole and says so, in English too', async () => {
    open('/support/new', 'en');
    const message = await screen.findByLabelText<HTMLTextAreaElement>('Message');
    expect(screen.queryByTestId('new-ticket-message-counter')).toBeNull();
    fireEvent.change(message, { target: { value: 'y'.repeat(20_001) } });
    expect(message.value).toHaveLength(20_001);
    expect(message.getAttribute('maxlength')).toBeNull();
    expect(screen.getByTestId('new-ticket-message-counter').textContent).toBe(
      '1 character too many (at most 20,000)',
    );
  });
});
