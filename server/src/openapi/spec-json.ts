/** The JSON shapes of the spec and the $ref walking every part of the loader shares. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiDoc {
  openapi: string;
  paths?: Record<string, JsonObject>;
  components?: JsonObject;
  security?: Json[];
  [key: string]: Json | undefined;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function resolvePointer(doc: OpenApiDoc, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let node: Json | undefined = doc as unknown as Json;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`unresolvable $ref: ${ref}`);
  }
  return node;
}

/** Follows a $ref chain on a non-schema object (parameter, request body, response). */
export function deref(
  doc: OpenApiDoc,
  node: Json | undefined,
  seen: string[] = [],
): Json | undefined {
  if (isObject(node) && typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) throw new Error(`circular $ref: ${node.$ref}`);
    return deref(doc, resolvePointer(doc, node.$ref), [...seen, node.$ref]);
  }
  return node;
}
