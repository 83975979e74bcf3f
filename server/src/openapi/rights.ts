/**
 * `x-kc-right`: every operation with security declares the right it needs — a right of the
 * `Right` schema, or `none` (being a member of the customer account is enough). A bearer
 * operation without it stops the loader.
 */
import { isObject, type JsonObject, type OpenApiDoc } from './spec-json';

export const RIGHT_NONE = 'none';

/** The rights the spec knows: the enum of `components.schemas.Right` (empty when absent). */
export function specRights(doc: OpenApiDoc): string[] {
  const schemas = isObject(doc.components) ? doc.components.schemas : undefined;
  const right = isObject(schemas) ? schemas.Right : undefined;
  const values = isObject(right) && Array.isArray(right.enum) ? right.enum : [];
  return values.filter((v): v is string => typeof v === 'string');
}

export function rightOf(doc: OpenApiDoc, opId: string, op: JsonObject, security: string[]) {
  const raw = op['x-kc-right'];
  if (security.length === 0) {
    if (raw !== undefined) throw new Error(`${opId}: x-kc-right on a public operation`);
    return null;
  }
  if (typeof raw !== 'string' || raw === '') {
    throw new Error(
      `${opId}: an operation with security must declare x-kc-right (a right or ${RIGHT_NONE})`,
    );
  }
  const known = specRights(doc);
  if (raw !== RIGHT_NONE && !known.includes(raw)) {
    throw new Error(`${opId}: x-kc-right ${raw} is not a right (${known.join(', ')})`);
  }
  return raw;
}
