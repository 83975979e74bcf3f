import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainTexts } from './main-i18n';

function rendererMenu(language: string): Record<string, string> {
  const file = join(__dirname, '../../renderer/i18n/locales', `${language}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { menu: Record<string, string> }).menu;
}

describe('main-i18n', () => {
  it.each(['de', 'en'])('names the menu screens as the renderer does (%s)', (language) => {
    const renderer = rendererMenu(language);
    for (const [screen, label] of Object.entries(mainTexts(language).menu.screens)) {
      expect(label, screen).toBe(renderer[screen]);
    }
  });

  it('falls back to German, the app default', () => {
    expect(mainTexts(undefined).tray.open).toBe('Öffnen');
    expect(mainTexts('fr').tray.quit).toBe('Beenden');
    expect(mainTexts('en').tray.syncNow).toBe('Sync now');
  });
});
