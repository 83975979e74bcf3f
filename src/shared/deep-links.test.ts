import { describe, expect, it } from 'vitest';
import { RESET_LINK_BASE } from '../../server/src/auth/password-reset';
import { CONFIRM_LINK_BASE, CONFIRM_PREFIX } from '../../server/src/auth/registration';
import { INVITATION_LINK_BASE, INVITATION_PREFIX } from '../../server/src/team/team';
import {
  deepLinkForLog,
  deepLinkInArgv,
  deepLinkRoute,
  parseDeepLink,
  type DeepLinkRefusal,
} from './deep-links';

/** a token as the server issues them: 32 random bytes in base64url */
const TOKEN = 'q3Jx-0_bZ8kLmN4pQrStUvWxYz012345AbCdEfGhIjK';

/** what a valid link opens: its route */
const VALID: [string, string][] = [
  ['kundencenter://', '/'],
  ['kundencenter:///', '/'],
  ['kundencenter://dashboard', '/'],
  ['KUNDENCENTER://ticket/T-100234', '/support/tickets/T-100234'],
  ['kundencenter://ticket/tk_3f9a/', '/support/tickets/tk_3f9a'],
  ['kundencenter://Ticket/42', '/support/tickets/42'],
  ['kundencenter://invoice/inv-0a1b2c3d', '/billing/invoices/inv-0a1b2c3d'],
  ['kundencenter://contract/c-1', '/products/c-1'],
  [`kundencenter://contract/${'a'.repeat(64)}`, `/products/${'a'.repeat(64)}`],
  ['kundencenter://domain/muster-webdesign.de', '/domains/muster-webdesign.de'],
  ['kundencenter://domain/Muster-Webdesign.DE', '/domains/muster-webdesign.de'],
  ['kundencenter://domain/xn--mller-kva.de/dns', '/domains/xn--mller-kva.de/dns'],
  ['kundencenter://domain/shop.example.co.uk/dns/', '/domains/shop.example.co.uk/dns'],
  ['kundencenter://help/kundennummer-finden', '/help/kundennummer-finden'],
  ['kundencenter://help/customerNumber', '/help/customerNumber'],
  ['kundencenter://help/faq-1', '/help/faq-1'],
  ['kundencenter://settings', '/settings'],
  ['kundencenter://settings/', '/settings'],
  ['kundencenter://security', '/security'],
  // the password-reset mail's link, as server/src/auth/password-reset.ts writes it
  [`${RESET_LINK_BASE}${TOKEN}`, `/reset-password?token=${TOKEN}`],
  [`kundencenter://Reset-Password/?token=${TOKEN}`, `/reset-password?token=${TOKEN}`],
  // the registration mail's confirmation link and the invitation mail's link, as written
  [`${CONFIRM_LINK_BASE}${CONFIRM_PREFIX}${TOKEN}`, `/confirm-email?token=kce_${TOKEN}`],
  [`kundencenter://verify-email/?token=${TOKEN}`, `/confirm-email?token=${TOKEN}`],
  [`${INVITATION_LINK_BASE}${INVITATION_PREFIX}${TOKEN}`, `/invitation?token=kci_${TOKEN}`],
  [`kundencenter://Invitation?token=${TOKEN}`, `/invitation?token=${TOKEN}`],
];

/** what is refused, and why */
const INVALID: [string, DeepLinkRefusal][] = [
  ['', 'notALink'],
  ['https://kundencenter.example/ticket/1', 'scheme'],
  ['javascript:alert(1)', 'scheme'],
  ['kundencenter:ticket/1', 'scheme'],
  ['kundencentre://ticket/1', 'scheme'],
  ['file:///etc/passwd', 'scheme'],
  ['kundencenter://user:secret@ticket/1', 'credentials'],
  ['kundencenter://admin@settings', 'credentials'],
  ['kundencenter://ticket:8080/1', 'port'],
  ['kundencenter://ticket/1?x=1', 'query'],
  ['kundencenter://settings?tab=profile', 'query'],
  ['kundencenter://ticket/1?', 'query'],
  ['kundencenter://ticket/1#reply', 'fragment'],
  ['kundencenter://ticket', 'segments'],
  ['kundencenter://ticket/', 'segments'],
  ['kundencenter://ticket/1/2', 'segments'],
  ['kundencenter://ticket//1', 'segments'],
  ['kundencenter://invoice/1/pdf', 'segments'],
  ['kundencenter://settings/security', 'segments'],
  ['kundencenter://security/devices', 'segments'],
  ['kundencenter://dashboard/x', 'segments'],
  ['kundencenter://domain/a.de/zone', 'segments'],
  ['kundencenter://domain/a.de/dns/x', 'segments'],
  ['kundencenter://domain', 'segments'],
  ['kundencenter://help', 'segments'],
  ['kundencenter://users/u-1', 'unknownKind'],
  ['kundencenter://logout', 'unknownKind'],
  ['kundencenter://..', 'unknownKind'],
  ['kundencenter://ticket/..', 'badId'],
  ['kundencenter://ticket/%2e%2e', 'badId'],
  ['kundencenter://ticket/a%2Fb', 'badId'],
  ['kundencenter://ticket/-1', 'badId'],
  ['kundencenter://ticket/ä1', 'badId'],
  ['kundencenter://ticket/<script>', 'badId'],
  [`kundencenter://invoice/${'a'.repeat(65)}`, 'badId'],
  ['kundencenter://contract/c.1', 'badId'],
  ['kundencenter://help/1st', 'badId'],
  ['kundencenter://help/a.b', 'badId'],
  ['kundencenter://help/faq_1', 'badId'],
  ['kundencenter://domain/localhost', 'badId'],
  ['kundencenter://domain/-bad.de', 'badId'],
  ['kundencenter://domain/bad-.de', 'badId'],
  ['kundencenter://domain/a..de', 'badId'],
  ['kundencenter://domain/müller.de', 'badId'],
  [`kundencenter://domain/${'a'.repeat(64)}.de`, 'badId'],
  ['kundencenter://ticket/1 2', 'notALink'],
  ['kundencenter://ticket/1\n', 'notALink'],
  ['kundencenter://ticket\\1', 'notALink'],
  [`kundencenter://ticket/${'1'.repeat(400)}`, 'tooLong'],
  ['kundencenter://reset-password', 'query'],
  ['kundencenter://reset-password?', 'query'],
  [`kundencenter://reset-password?code=${TOKEN}`, 'query'],
  [`kundencenter://reset-password?token=${TOKEN}&next=/settings`, 'query'],
  [`kundencenter://reset-password?next=x&token=${TOKEN}`, 'query'],
  [`kundencenter://reset-password/x?token=${TOKEN}`, 'segments'],
  ['kundencenter://reset-password?token=short', 'badId'],
  [`kundencenter://reset-password?token=${TOKEN}%2F`, 'badId'],
  [`kundencenter://reset-password?token=${TOKEN}/`, 'badId'],
  [`kundencenter://reset-password?token=${'a'.repeat(257)}`, 'badId'],
  [`kundencenter://reset-password?token=${TOKEN}#x`, 'fragment'],
  [`kundencenter://user@reset-password?token=${TOKEN}`, 'credentials'],
  [`kundencenter://?token=${TOKEN}`, 'query'],
  ['kundencenter://verify-email', 'query'],
  [`kundencenter://verify-email?code=${TOKEN}`, 'query'],
  [`kundencenter://verify-email?token=${TOKEN}&next=/settings`, 'query'],
  [`kundencenter://verify-email/x?token=${TOKEN}`, 'segments'],
  ['kundencenter://verify-email?token=kce_short', 'badId'],
  [`kundencenter://verify-email?token=${TOKEN}%2F`, 'badId'],
  [`kundencenter://confirm-email?token=${TOKEN}`, 'query'],
  ['kundencenter://invitation', 'query'],
  [`kundencenter://invitation?token=${TOKEN}#accept`, 'fragment'],
  [`kundencenter://invitation/${TOKEN}`, 'segments'],
  [`kundencenter://invitation?token=<script>${TOKEN}`, 'badId'],
  [`kundencenter://invitations?token=${TOKEN}`, 'query'],
  [`kundencenter://toString?token=${TOKEN}`, 'query'],
];

describe('parseDeepLink', () => {
  it.each(VALID)('opens %s at %s', (link, route) => {
    const parsed = parseDeepLink(link);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(deepLinkRoute(parsed.target)).toBe(route);
  });

  it.each(INVALID)('refuses %j (%s)', (link, reason) => {
    expect(parseDeepLink(link)).toEqual({ ok: false, reason });
  });

  it('refuses what is not a string at all', () => {
    expect(parseDeepLink(undefined as unknown as string)).toEqual({
      ok: false,
      reason: 'notALink',
    });
  });
});

describe('deepLinkInArgv', () => {
  it('finds the link among the arguments Windows and Linux start the app with', () => {
    expect(
      deepLinkInArgv(['/opt/Kundencenter/kundencenter', '--no-sandbox', 'kundencenter://ticket/1']),
    ).toBe('kundencenter://ticket/1');
    expect(deepLinkInArgv(['C:\\Kundencenter.exe', 'KUNDENCENTER://settings'])).toBe(
      'KUNDENCENTER://settings',
    );
    expect(deepLinkInArgv(['/usr/bin/kundencenter', '--inspect'])).toBeNull();
  });
});

describe('deepLinkForLog', () => {
  it('keeps scheme and kind, never the rest (a pasted password stays out of the log)', () => {
    const logged = deepLinkForLog('kundencenter://user:hunter2@ticket/1');
    expect(logged).not.toContain('hunter2');
    expect(logged).toContain('kundencenter://user');
    expect(deepLinkForLog('kundencenter://ticket/secret-id')).not.toContain('secret-id');
    expect(deepLinkForLog('not a link at all')).toBe('(no scheme, 17 chars)');
    expect(deepLinkForLog(`${RESET_LINK_BASE}${TOKEN}`)).not.toContain(TOKEN);
    expect(deepLinkForLog(`${INVITATION_LINK_BASE}${TOKEN}`)).not.toContain(TOKEN);
  });
});
