/** The settings schema, shared by electron-store (app) and conf (web host). */
import { z } from 'zod';
import type { Settings } from '../../../shared/domain';
import { languageSchema } from '../../../shared/ipc';

export const settingsSchema = z.object({
  language: languageSchema,
});

export const settingsDefaults: Settings = Object.freeze({ language: 'de' });

/**
 * Reads whatever a settings file holds. Unknown or broken values fall back to their default
 * one by one, so a damaged file never crashes the app and never loses the valid parts.
 */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  const full = settingsSchema.safeParse(raw);
  if (full.success) return { settings: full.data, repaired: false };
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...settingsDefaults };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) settings[key] = field.data;
  }
  return { settings, repaired: true };
}
