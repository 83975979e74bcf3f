/**
 * The API error codes of "Domains" the renderer has a message for (`errors.<code>` in the
 * area's locale file), and its per-field codes. error-map.ts merges them.
 */
export const DOMAINS_ERROR_CODES: readonly string[] = [];

export const DOMAINS_FIELD_KEYS: Readonly<Record<string, string>> = {};
