/**
 * The help articles: one per topic of the provider's FAQ, each with the screen it explains and
 * the place on it to highlight. The texts live in the help locale files under the same id.
 */
import { ACCOUNT_ROUTES } from '../account/routes';
import { BILLING_ROUTES } from '../billing/routes';
import { CANCEL_ROUTE, PRODUCTS_ROUTE } from '../products/routes';
import { ROUTES } from '../router/routes';
import { SUPPORT_ROUTES } from '../support/routes';
import { HELP_PARAM } from './help-target';

export const ARTICLE_GROUPS = [
  'account',
  'billing',
  'contracts',
  'domains',
  'support',
  'signIn',
] as const;
export type ArticleGroup = (typeof ARTICLE_GROUPS)[number];

export type ArticleId =
  | 'customerCenter'
  | 'customerNumber'
  | 'customerInformation'
  | 'verification'
  | 'inviteUsers'
  | 'contacts'
  | 'billingMenu'
  | 'billingEmail'
  | 'paymentMethods'
  | 'sepaMandate'
  | 'contracts'
  | 'productCredentials'
  | 'cancelContract'
  | 'closingCompany'
  | 'domainsMenu'
  | 'domainContacts'
  | 'supportMenu'
  | 'openTicket'
  | 'signIn'
  | 'forgotPassword';

export interface HelpArticle {
  id: ArticleId;
  group: ArticleGroup;
  /** the hash route of the screen the article explains */
  route: string;
  /** the `data-help-target` of the place on that screen to highlight */
  target?: string;
  /** the screen is shown only while signed out (sign-in, password forgotten) */
  signedOut?: true;
}

export const ARTICLES: readonly HelpArticle[] = [
  { id: 'customerCenter', group: 'account', route: ROUTES.dashboard, target: 'main-menu' },
  { id: 'customerNumber', group: 'account', route: ROUTES.dashboard, target: 'customer-number' },
  {
    id: 'customerInformation',
    group: 'account',
    route: ACCOUNT_ROUTES.data,
    target: 'customer-data',
  },
  {
    id: 'verification',
    group: 'account',
    route: ACCOUNT_ROUTES.verification,
    target: 'verification',
  },
  { id: 'inviteUsers', group: 'account', route: '/users', target: 'invite-user' },
  { id: 'contacts', group: 'account', route: '/contacts', target: 'contacts-list' },
  { id: 'billingMenu', group: 'billing', route: BILLING_ROUTES.overview, target: 'billing-nav' },
  { id: 'billingEmail', group: 'billing', route: BILLING_ROUTES.email, target: 'billing-email' },
  {
    id: 'paymentMethods',
    group: 'billing',
    route: BILLING_ROUTES.paymentMethods,
    target: 'payment-methods',
  },
  { id: 'sepaMandate', group: 'billing', route: BILLING_ROUTES.sepa, target: 'sepa-mandate' },
  { id: 'contracts', group: 'contracts', route: PRODUCTS_ROUTE, target: 'contract-list' },
  { id: 'productCredentials', group: 'contracts', route: PRODUCTS_ROUTE, target: 'contract-list' },
  { id: 'cancelContract', group: 'contracts', route: CANCEL_ROUTE, target: 'cancel-contract' },
  { id: 'closingCompany', group: 'contracts', route: CANCEL_ROUTE, target: 'cancel-contract' },
  { id: 'domainsMenu', group: 'domains', route: '/domains', target: 'domains-list' },
  { id: 'domainContacts', group: 'domains', route: '/domains', target: 'domains-list' },
  { id: 'supportMenu', group: 'support', route: SUPPORT_ROUTES.tickets, target: 'support-nav' },
  { id: 'openTicket', group: 'support', route: SUPPORT_ROUTES.newTicket, target: 'new-ticket' },
  { id: 'signIn', group: 'signIn', route: ROUTES.login, target: 'sign-in', signedOut: true },
  {
    id: 'forgotPassword',
    group: 'signIn',
    route: ROUTES.login,
    target: 'forgot-password',
    signedOut: true,
  },
];

/** The article with this id, or undefined. */
export function articleById(id: string): HelpArticle | undefined {
  return ARTICLES.find((a) => a.id === id);
}

/** Where the article's button leads: its route, asking for its target to be highlighted. */
export function articleLink(article: HelpArticle): string {
  if (!article.target) return article.route;
  const [path, query = ''] = article.route.split('?');
  const params = new URLSearchParams(query);
  params.set(HELP_PARAM, article.target);
  return `${path}?${params.toString()}`;
}

export const HELP_ROUTE = '/help';

/** "/help/<id>": one article. */
export function articleRoute(id: ArticleId): string {
  return `${HELP_ROUTE}/${id}`;
}

/** The article a path under /help names: null for the list, undefined for no article. */
export function parseHelpPath(path: string): ArticleId | null | undefined {
  if (path === HELP_ROUTE) return null;
  if (!path.startsWith(`${HELP_ROUTE}/`)) return undefined;
  return articleById(path.slice(HELP_ROUTE.length + 1))?.id;
}
