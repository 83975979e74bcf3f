/**
 * Merging a per-area part (`server/openapi/<area>.yaml`) into the contract: a part may add
 * paths, tags and components, and naming one twice is an error, never a silent override.
 */
import { isObject, type Json, type JsonObject } from './spec-json';

export function mergePart(doc: JsonObject, part: JsonObject, name: string): void {
  for (const [key, value] of Object.entries(part)) {
    if (key === 'paths') {
      doc.paths = mergeMap(doc.paths, value, `${name}: path`);
    } else if (key === 'tags') {
      if (!Array.isArray(value)) throw new Error(`${name}: tags must be a list`);
      const tags = Array.isArray(doc.tags) ? doc.tags : [];
      const known = new Set(tags.map((t) => (isObject(t) ? t.name : t)));
      for (const tag of value) {
        if (isObject(tag) && known.has(tag.name))
          throw new Error(`${name}: tag ${JSON.stringify(tag.name)} twice`);
      }
      doc.tags = [...tags, ...value];
    } else if (key === 'components') {
      if (!isObject(value)) throw new Error(`${name}: components must be a mapping`);
      const components = isObject(doc.components) ? doc.components : {};
      for (const [kind, entries] of Object.entries(value)) {
        components[kind] = mergeMap(components[kind], entries, `${name}: components.${kind}`);
      }
      doc.components = components;
    } else {
      throw new Error(`${name}: a spec part may hold paths, tags and components only, not ${key}`);
    }
  }
}

function mergeMap(into: Json | undefined, add: Json, what: string): JsonObject {
  if (!isObject(add)) throw new Error(`${what} must be a mapping`);
  const out: JsonObject = isObject(into) ? into : {};
  for (const [key, value] of Object.entries(add)) {
    if (key in out) throw new Error(`${what} ${key} is defined twice`);
    out[key] = value;
  }
  return out;
}
