/** The colour theme: data-theme on <html>; "system" leaves the choice to prefers-color-scheme. */
import type { Theme } from '../../shared/settings';
import { call } from '../ipc';

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** At start: the remembered theme, or "system" when main cannot say. */
export async function loadTheme(): Promise<void> {
  try {
    applyTheme((await call('settings:get')).theme ?? 'system');
  } catch {
    applyTheme('system');
  }
}
