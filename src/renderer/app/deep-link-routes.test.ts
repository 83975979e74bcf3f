import { describe, expect, it } from 'vitest';
import { deepLinkRoute, parseDeepLink } from '../../shared/deep-links';
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

  it('every help article can be linked to', () => {
    for (const article of ARTICLES) {
      expect(routeOf(`kundencenter://help/${article.id}`), article.id).toBe(
        articleRoute(article.id),
      );
    }
  });
});
