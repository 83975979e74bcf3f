import { describe, expect, it } from 'vitest';
import { deepLinkRoute, parseDeepLink } from '../../shared/deep-links';
import { TEAM_AUTH_ROUTES, TEAM_TOKEN_PARAM } from '../auth/team-routes';
import { invoiceRoute } from '../billing/routes';
import { dnsRoute, domainRoute } from '../domains/routes';
import { ARTICLES, articleRoute } from '../help/articles';
import { contractRoute } from '../products/routes';
import { SETTINGS_ROUTE } from '../settings/routes';
import { ticketRoute } from '../support/routes';

/** The route a link opens, or null when it is refused. */
function routeOf(link: string): string | null {
  const parsed = parseDeepLink(link);
  return parsed.ok ? deepLinkRoute(parsed.target) : null;
}

// shared cannot import the renderer: this proves the deep links land on the screens' own routes
describe('deep links open the routes the screens own', () => {
  it('ticket, invoice, contract, domain, DNS and settings', () => {
    expect(routeOf('kundencenter://ticket/T-1')).toBe(ticketRoute('T-1'));
    expect(routeOf('kundencenter://invoice/inv_1')).toBe(invoiceRoute('inv_1'));
    expect(routeOf('kundencenter://contract/c-1')).toBe(contractRoute('c-1'));
    expect(routeOf('kundencenter://domain/muster.de')).toBe(domainRoute('muster.de'));
    expect(routeOf('kundencenter://domain/muster.de/dns')).toBe(dnsRoute('muster.de'));
    expect(routeOf('kundencenter://settings')).toBe(SETTINGS_ROUTE);
  });

  it('the confirmation and invitation mails open their screens with the token', () => {
    const token = 'kce_q3Jx-0_bZ8kLmN4pQrStUvWxYz012345AbCdEfGhIjK';
    expect(routeOf(`kundencenter://verify-email?token=${token}`)).toBe(
      `${TEAM_AUTH_ROUTES.confirmEmail}?${TEAM_TOKEN_PARAM}=${token}`,
    );
    expect(routeOf(`kundencenter://invitation?token=${token}`)).toBe(
      `${TEAM_AUTH_ROUTES.invitation}?${TEAM_TOKEN_PARAM}=${token}`,
    );
  });

  it('every help article can be linked to', () => {
    for (const article of ARTICLES) {
      expect(routeOf(`kundencenter://help/${article.id}`), article.id).toBe(
        articleRoute(article.id),
      );
    }
  });
});
