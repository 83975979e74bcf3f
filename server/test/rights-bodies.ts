/**
 * What the rights matrix (team-rights.int.test.ts) reads from answers: the fields a response
 * plan marks with a right, and the resources a user's change log and event stream name.
 */
import { expect } from 'vitest';
import type { RightsPlan } from '../src/openapi/response-rights';
import { bearer, type TestServer } from './helpers';

/** Each marked field the plan reaches in the body: where, its rights, and whether it is there. */
export function markedFields(
  body: unknown,
  plan: RightsPlan,
  at = '$',
): [string, string[], boolean][] {
  if (Array.isArray(body)) {
    const { items } = plan;
    return items ? body.flatMap((item, i) => markedFields(item, items, `${at}[${i}]`)) : [];
  }
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const out: [string, string[], boolean][] = [];
  for (const [name, rights] of plan.marks) out.push([`${at}.${name}`, rights, name in record]);
  for (const [name, child] of plan.props) {
    if (name in record) out.push(...markedFields(record[name], child, `${at}.${name}`));
  }
  const { values } = plan;
  if (values) {
    for (const [name, value] of Object.entries(record)) {
      if (!plan.props.has(name)) out.push(...markedFields(value, values, `${at}.${name}`));
    }
  }
  return out;
}

interface ChangesPage {
  cursor: string;
  changes: { resource: string }[];
  hasMore: boolean;
}

/** The resources GET /v1/changes names to this user since the cursor, every page. */
export async function changeLogResources(
  s: TestServer,
  token: string,
  since: string,
): Promise<Set<string>> {
  const seen = new Set<string>();
  let cursor = since;
  for (let page = 0; page < 50; page++) {
    const res = await s.call<ChangesPage>(
      'GET',
      `/v1/changes?cursor=${encodeURIComponent(cursor)}&limit=500`,
      undefined,
      bearer(token),
    );
    expect(res.status).toBe(200);
    for (const c of res.body.changes) seen.add(c.resource);
    cursor = res.body.cursor;
    if (!res.body.hasMore) break;
  }
  return seen;
}

/** The resources GET /v1/events replays to this user since the cursor (until `ready`). */
export async function eventResources(
  s: TestServer,
  token: string,
  since: string,
): Promise<string[]> {
  const controller = new AbortController();
  const res = await fetch(`${s.url}/v1/events`, {
    headers: { ...bearer(token), accept: 'text/event-stream', 'last-event-id': since },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('event: ready')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  controller.abort();
  return [...text.matchAll(/"resource":"([^"]+)"/g)].map((m) => m[1] ?? '');
}
