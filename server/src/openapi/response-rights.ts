/**
 * Rights on response fields. A property of a response schema may name the right it needs
 * (`x-kc-right: invoices` on `Contract.invoices`); a user without that right gets the body
 * without the property (it must not be `required`, the loader refuses otherwise). The loader
 * compiles each operation's 2xx JSON schemas into a plan holding only the paths that lead to a
 * marked property, so an operation without marks costs nothing, and filters every such body
 * in one onSend hook, whatever the handler returned (object, cached JSON string, replay).
 *
 * One resource, two representations: the ETag of a filtered answer carries the rights it lacks
 * (`"abc~-invoices"`), so a client that gains a right does not get 304 for its trimmed copy.
 * Conditional headers coming back are translated to the handler's own tags before it runs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deref, isObject, resolvePointer, type Json, type OpenApiDoc } from './spec-json';

export const RIGHT_MARK = 'x-kc-right';

/** The places below a schema that lead to a marked property. */
export interface RightsPlan {
  /** property → the rights it needs (all of them) */
  marks: Map<string, string[]>;
  props: Map<string, RightsPlan>;
  /** each item of an array */
  items: RightsPlan | null;
  /** each value of a map (additionalProperties) */
  values: RightsPlan | null;
}

const emptyPlan = (): RightsPlan => ({
  marks: new Map(),
  props: new Map(),
  items: null,
  values: null,
});

function isEmpty(plan: RightsPlan): boolean {
  return plan.marks.size === 0 && plan.props.size === 0 && !plan.items && !plan.values;
}

/** Both plans in one; never changes either (compiled plans are shared between schemas). */
function union(a: RightsPlan | null, b: RightsPlan | null): RightsPlan | null {
  if (!a || !b) return a ?? b;
  const marks = new Map(a.marks);
  for (const [name, rights] of b.marks) {
    marks.set(name, [...new Set([...(marks.get(name) ?? []), ...rights])]);
  }
  const props = new Map(a.props);
  for (const [name, child] of b.props) props.set(name, union(props.get(name) ?? null, child)!);
  return { marks, props, items: union(a.items, b.items), values: union(a.values, b.values) };
}

interface Compiled {
  plan: RightsPlan | null;
  /** the properties this schema (with its allOf parts) requires */
  required: Set<string>;
}

interface CompileEnv {
  doc: OpenApiDoc;
  rights: readonly string[];
  where: string;
}

// A named schema compiles the same wherever it is used: once per document (server start).
const byRef = new WeakMap<OpenApiDoc, Map<string, Compiled>>();

function compile(env: CompileEnv, schema: Json | undefined, seen: string[]): Compiled {
  const none: Compiled = { plan: null, required: new Set() };
  if (!isObject(schema)) return none;
  const { $ref, ...rest } = schema;
  if (typeof $ref === 'string') {
    // recursive schemas are refused by toJsonSchema already; here they just end the walk
    if (seen.includes($ref)) return none;
    let known = byRef.get(env.doc);
    if (!known) byRef.set(env.doc, (known = new Map<string, Compiled>()));
    let target = known.get($ref);
    if (!target) {
      target = compile(env, resolvePointer(env.doc, $ref), [...seen, $ref]);
      known.set($ref, target);
    }
    return combine([target, compile(env, rest, seen)]);
  }
  const plan = emptyPlan();
  const required = new Set(
    Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [],
  );
  if (isObject(schema.properties)) {
    for (const [name, prop] of Object.entries(schema.properties)) {
      const mark = isObject(prop) ? prop[RIGHT_MARK] : undefined;
      if (mark !== undefined) {
        if (typeof mark !== 'string' || !env.rights.includes(mark)) {
          throw new Error(`${env.where}: ${RIGHT_MARK} on ${name} is not a right`);
        }
        plan.marks.set(name, [mark]);
      }
      const child = compile(env, prop, seen).plan;
      if (child) plan.props.set(name, child);
    }
  }
  if (isObject(schema.items)) plan.items = compile(env, schema.items, seen).plan;
  if (isObject(schema.additionalProperties)) {
    plan.values = compile(env, schema.additionalProperties, seen).plan;
  }
  const own: Compiled = { plan: isEmpty(plan) ? null : plan, required };
  // allOf parts describe the same object: one required set; a oneOf branch stands alone
  const all = Array.isArray(schema.allOf) ? schema.allOf.map((s) => compile(env, s, seen)) : [];
  const result = combine([own, ...all]);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const b = compile(env, branch, seen);
      result.plan = union(result.plan, b.plan);
    }
  }
  for (const name of result.plan?.marks.keys() ?? []) {
    if (result.required.has(name)) {
      throw new Error(
        `${env.where}: ${name} needs a right (${RIGHT_MARK}), so it cannot be required`,
      );
    }
  }
  return result;
}

function combine(parts: Compiled[]): Compiled {
  const required = new Set<string>();
  let plan: RightsPlan | null = null;
  for (const part of parts) {
    for (const r of part.required) required.add(r);
    plan = union(plan, part.plan);
  }
  return { plan, required };
}

/** The plan of a schema, or null when nothing below it needs a right. */
export function rightsPlanOf(
  doc: OpenApiDoc,
  schema: Json | undefined,
  rights: readonly string[],
  where = 'schema',
): RightsPlan | null {
  return compile({ doc, rights, where }, schema, []).plan;
}

/** The plans of an operation's 2xx JSON responses, by status code. */
export function responsePlans(
  doc: OpenApiDoc,
  operationId: string,
  responses: Json | undefined,
  rights: readonly string[],
): Map<number, RightsPlan> {
  const plans = new Map<number, RightsPlan>();
  const all = deref(doc, responses);
  if (!isObject(all)) return plans;
  for (const [status, raw] of Object.entries(all)) {
    if (!/^2\d\d$/.test(status)) continue;
    const response = deref(doc, raw);
    const content = isObject(response) ? deref(doc, response.content) : undefined;
    const media = isObject(content) ? deref(doc, content['application/json']) : undefined;
    if (!isObject(media)) continue;
    const plan = rightsPlanOf(doc, media.schema, rights, `${operationId} ${status}`);
    if (plan) plans.set(Number(status), plan);
  }
  return plans;
}

/** Every right a plan names, in the order given. */
export function planRights(plans: Iterable<RightsPlan>, order: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (plan: RightsPlan | null) => {
    if (!plan) return;
    for (const rights of plan.marks.values()) for (const r of rights) found.add(r);
    for (const child of plan.props.values()) walk(child);
    walk(plan.items);
    walk(plan.values);
  };
  for (const plan of plans) walk(plan);
  return order.filter((r) => found.has(r));
}

/** The body without the marked properties whose rights `has` denies; the input stays as it is. */
export function filterByRights(
  body: unknown,
  plan: RightsPlan,
  has: (right: string) => boolean,
): unknown {
  if (Array.isArray(body)) {
    const { items } = plan;
    return items ? body.map((item) => filterByRights(item, items, has)) : body;
  }
  if (typeof body !== 'object' || body === null) return body;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [name, rights] of plan.marks) {
    if (!rights.every(has)) delete out[name];
  }
  for (const [name, child] of plan.props) {
    if (name in out) out[name] = filterByRights(out[name], child, has);
  }
  if (plan.values) {
    for (const [name, value] of Object.entries(out)) {
      if (!plan.props.has(name)) out[name] = filterByRights(value, plan.values, has);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The hooks

/** `"abc"` → `"abc~-invoices"` (weak tags keep their W/). */
export function variantTag(tag: string, lacking: readonly string[]): string {
  const match = /^(W\/)?"([^"]*)"$/.exec(tag.trim());
  if (!match) return tag;
  return `${match[1] ?? ''}"${match[2]}~-${lacking.join('-')}"`;
}

/** A tag of this variant → the handler's tag; `strict`: any other tag can never match. */
function ownTag(tag: string, lacking: readonly string[], strict: boolean): string {
  const t = tag.trim();
  if (t === '*') return t;
  const suffix = `~-${lacking.join('-')}"`;
  if (t.endsWith(suffix)) return `${t.slice(0, -suffix.length)}"`;
  // a copy made with other rights is not this representation
  return strict ? '"~"' : t;
}

export interface ResponseRights {
  plans: Map<number, RightsPlan>;
  /** every right the plans name */
  rights: string[];
}

/** The marked rights the asking user lacks; without a user (a public operation), all of them. */
function lackingOf(request: FastifyRequest, rights: readonly string[]): string[] {
  const has = (request.auth?.rights ?? []) as readonly string[];
  return rights.filter((r) => !has.includes(r));
}

/** preHandler: conditional headers of a trimmed copy, translated to the handler's tags. */
export function conditionalHeadersHook(rr: ResponseRights) {
  return (request: FastifyRequest): Promise<void> => {
    const lacking = lackingOf(request, rr.rights);
    if (lacking.length === 0) return Promise.resolve();
    const headers = request.raw.headers;
    for (const [name, strict] of [
      ['if-none-match', true],
      ['if-match', false],
    ] as const) {
      const value = headers[name];
      if (typeof value !== 'string') continue;
      headers[name] = value
        .split(',')
        .map((tag) => ownTag(tag, lacking, strict))
        .join(', ');
    }
    return Promise.resolve();
  };
}

/** onSend: the body without what the user may not see, and its ETag marked as that variant. */
export function filterResponseHook(rr: ResponseRights) {
  return (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    const lacking = lackingOf(request, rr.rights);
    if (lacking.length === 0) return Promise.resolve(payload);
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') reply.header('etag', variantTag(etag, lacking));
    const plan = rr.plans.get(reply.statusCode);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!plan || !/^application\/json/i.test(type)) return Promise.resolve(payload);
    const text =
      typeof payload === 'string'
        ? payload
        : Buffer.isBuffer(payload)
          ? payload.toString('utf8')
          : null;
    if (text === null) {
      return Promise.reject(new Error('a body with rights on its fields must not be a stream'));
    }
    const has = (right: string) => !lacking.includes(right);
    return Promise.resolve(JSON.stringify(filterByRights(JSON.parse(text), plan, has)));
  };
}
