/** Hands a kundencenter:// link to the web host as the OS hands it to the Electron shell. */
import type { Running } from './processes';

/** Whether the app opened the link (false: refused by the parser and logged). */
export async function handLink(host: Running, link: string): Promise<boolean> {
  const url = new URL(host.url);
  const response = await fetch(new URL('/__kc/deep-link', url.origin), {
    method: 'POST',
    headers: { 'x-kc-token': url.searchParams.get('kc') ?? '', 'content-type': 'application/json' },
    body: JSON.stringify({ url: link }),
  });
  if (response.status !== 200) throw new Error(`deep link endpoint: ${response.status}`);
  return ((await response.json()) as { opened: boolean }).opened;
}
