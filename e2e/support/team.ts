/** Helpers for the account-and-team specs: mails in the sandbox outbox, staff decisions, API edits. */
import { sandboxGet, sandboxPost } from './processes';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

export const LIMITED = {
  email: 'jonas.weber@muster-webdesign.example',
  password: 'Demo-Passwort-2026',
};

/** The token of the newest mail to `to` that carries one (confirmation, invitation). */
export async function tokenFromOutbox(apiUrl: string, to: string): Promise<string> {
  const mails = await sandboxGet<Mail[]>(apiUrl, `/v1/sandbox/outbox?to=${encodeURIComponent(to)}`);
  for (const mail of [...mails].reverse()) {
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (token) return token;
  }
  throw new Error(`no mail with a token to ${to} (${mails.length} mails)`);
}

/** The provider's staff approve or reject a verification (sandbox endpoint). */
export async function decideVerification(
  apiUrl: string,
  email: string,
  decision: 'approve' | 'reject',
  reason?: string,
): Promise<void> {
  await sandboxPost(apiUrl, '/v1/sandbox/verification', {
    email,
    decision,
    ...(reason ? { reason } : {}),
  });
}

/** Someone else edits the customer data meanwhile: straight through the API, with If-Match. */
export async function editAccountElsewhere(
  apiUrl: string,
  account: { email: string; password: string },
  patch: Record<string, unknown>,
): Promise<void> {
  const login = await fetch(new URL('/v1/auth/login', apiUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  const current = await fetch(new URL('/v1/account', apiUrl), { headers: auth });
  const etag = current.headers.get('etag');
  if (!current.ok || !etag) throw new Error(`account: ${current.status} ${etag}`);
  const saved = await fetch(new URL('/v1/account', apiUrl), {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': etag },
    body: JSON.stringify(patch),
  });
  if (!saved.ok) throw new Error(`patch: ${saved.status} ${await saved.text()}`);
}
