/**
 * The API error codes of this area the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes (`errors.field.<code>`). error-map.ts merges them.
 */
export const PRODUCTS_ERROR_CODES: readonly string[] = [];

/** per-field code from the server or zod → i18n key */
export const PRODUCTS_FIELD_KEYS: Readonly<Record<string, string>> = {};
