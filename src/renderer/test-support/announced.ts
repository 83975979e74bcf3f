/** Query helpers that say more than "the text is somewhere": where it is and who hears it. */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits for the message and checks that it sits in a live region (role status or alert), so a
 * screen reader says it when it appears; returns the region.
 */
export async function findAnnounced(
  text: string | RegExp,
  container: HTMLElement = document.body,
): Promise<HTMLElement> {
  const message = await within(container).findByText(text);
  const region = message.closest<HTMLElement>('[role="status"], [role="alert"]');
  expect(region, `"${String(text)}" is not in a live region`).not.toBeNull();
  return region!;
}

/** The page's title: the one level-1 heading of the main landmark, by its exact text. */
export async function expectPageTitle(title: string): Promise<void> {
  const heading = await screen.findByRole('heading', { level: 1, name: title });
  const main = heading.closest<HTMLElement>('main');
  expect(main, `"${title}" is not in the main landmark`).not.toBeNull();
  expect(within(main!).getAllByRole('heading', { level: 1 })).toEqual([heading]);
}

/** What a screen reader says after the field's name: the texts its aria-describedby names. */
export function description(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** A description list as its terms and details, in order: what each label says of its value. */
export function facts(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...container.querySelectorAll('dt')].map((term) => [
      term.textContent ?? '',
      term.nextElementSibling?.tagName === 'DD' ? (term.nextElementSibling.textContent ?? '') : '',
    ]),
  );
}
