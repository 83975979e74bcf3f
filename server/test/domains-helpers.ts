/**
 * What the domains integration tests share: reads with the demo owner's token, and the change
 * log around a write.
 */
import { expect } from 'vitest';
import { bearer, type Schemas, type TestServer } from './helpers';

type Detail = Schemas['DomainDetail'];
type Zone = Schemas['DnsZone'];

export function domainsApi(server: () => TestServer, token: () => string) {
  const auth = () => bearer(token());

  const get = <T>(route: string, headers: Record<string, string> = {}) =>
    server().call<T>('GET', route, undefined, { ...auth(), ...headers });

  async function detail(name: string): Promise<Detail> {
    const res = await get<Detail>(`/v1/domains/${name}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function zone(name: string): Promise<Zone> {
    const res = await get<Zone>(`/v1/domains/${name}/dns`);
    expect(res.status).toBe(200);
    return res.body;
  }

  /** The changes recorded after `cursor`, as `resource:id`. */
  async function changesSince(cursor: string): Promise<string[]> {
    const res = await get<{ changes: { resource: string; id: string }[] }>(
      `/v1/changes?cursor=${encodeURIComponent(cursor)}`,
    );
    return res.body.changes.map((c) => `${c.resource}:${c.id}`);
  }

  async function cursorNow(): Promise<string> {
    return (await get<{ cursor: string }>('/v1/changes')).body.cursor;
  }

  return { auth, get, detail, zone, changesSince, cursorNow };
}
