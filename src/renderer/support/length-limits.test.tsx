// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeKc } from '../test-support/fake-kc';
import { findAnnounced } from '../test-support/announced';
import { installSupport, openSupport, removeSupport } from './support-screen-setup';

let kc: FakeKc;

beforeEach(() => {
  kc = installSupport();
});

afterEach(removeSupport);

const open = openSupport;

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
