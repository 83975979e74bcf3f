// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/search/types';
import { ok, removeFakeKc, type FakeKc } from '../test-support/fake-kc';
import { installApp, renderWithI18n, resetAll } from '../test-support/render';
import { GlobalSearch } from './GlobalSearch';

const HITS: SearchHit[] = [
  {
    kind: 'invoice',
    id: 'inv-7',
    title: 'RE-2026-000007',
    subtitle: '',
    route: '/billing/invoices/inv-7',
    rank: 0,
    issueDate: '2026-03-01',
    grossCents: 11_900,
    status: 'overdue',
  },
  {
    kind: 'ticket',
    id: 't-1',
    title: 'T-100001',
    subtitle: 'Umzug der Postfächer',
    route: '/support/tickets/t-1',
    rank: 3,
    status: 'answered',
  },
];

let kc: FakeKc;

beforeEach(() => {
  resetAll();
  kc = installApp({
    'search:query': (input) =>
      ok({ hits: (input as { query: string }).query.startsWith('RE') ? HITS : [], totals: {} }),
  });
});

afterEach(() => {
  cleanup();
  removeFakeKc();
});

/** the text as read, with Intl's non-breaking spaces as plain ones */
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\s/g, ' ');

function pressCtrlK() {
  act(() => {
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
  });
}

describe('GlobalSearch', () => {
  it('opens with Ctrl+K, lists results with localised details, Enter opens the active one', async () => {
    renderWithI18n(<GlobalSearch />);
    pressCtrlK();
    const field = screen.getByRole('combobox', { name: 'Suchbegriff' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'RE-2026' } });

    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(text(options[0]!)).toContain('Rechnung');
    expect(text(options[0]!)).toContain('01.03.2026 · 119,00 € · Überfällig');
    expect(text(options[1]!)).toContain('Umzug der Postfächer · Beantwortet');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(kc.callsTo('search:query')).toContainEqual({ query: 'RE-2026' });

    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'Enter' });

    expect(window.location.hash).toBe('#/support/tickets/t-1');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('finds the help articles in the language shown', async () => {
    renderWithI18n(<GlobalSearch />, 'en');
    pressCtrlK();
    fireEvent.change(screen.getByRole('combobox', { name: 'Search term' }), {
      target: { value: 'customer number' },
    });
    const first = (await screen.findAllByRole('option'))[0]!;
    expect(text(first)).toMatch('Help');
    expect(text(first)).toMatch(/customer number/i);
  });

  it('says when nothing is found, and Escape gives focus back to the button', async () => {
    renderWithI18n(<GlobalSearch />);
    const button = screen.getByRole('button', { name: 'Suchen' });
    button.focus();
    fireEvent.click(button);
    const field = screen.getByRole('combobox', { name: 'Suchbegriff' });
    fireEvent.change(field, { target: { value: 'xyzzy' } });
    await within(screen.getByRole('dialog', { name: 'Suche' })).findByText(
      'Nichts gefunden zu „xyzzy“.',
    );
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });
});

describe('the application menu', () => {
  it('opens the search with its "Suche" command', () => {
    renderWithI18n(<GlobalSearch />);
    act(() => kc.emit('app:command', { command: 'search' }));
    // open and ready to type into
    expect(screen.getByRole('dialog', { name: 'Suche' }).contains(document.activeElement)).toBe(
      true,
    );
  });
});
