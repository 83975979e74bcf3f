/** Contracts as main would hand them out, for the component tests of this folder. */
import type { Cached } from '../../shared/domain';
import type { ChannelName } from '../../shared/ipc-names';
import type {
  Cancellation,
  CancellationOptions,
  Contract,
  ContractSummary,
  Credential,
  CredentialLock,
} from '../../shared/products/types';
import { fail, ok, type Handler } from '../test-support/fake-kc';

export const SYNCED_AT = '2026-11-25T13:03:00Z';
export const cached = <T>(data: T): Cached<T> => ({ data, syncedAt: SYNCED_AT });

export const HOSTING: Contract = {
  id: 'c-hosting',
  contractNumber: 'V-2024-0001',
  productType: 'webhosting',
  productName: 'Webhosting Business',
  status: 'active',
  startDate: '2024-03-15',
  minimumTermMonths: 12,
  renewalPeriodMonths: 12,
  noticePeriod: { unit: 'months', amount: 3 },
  priceCents: 1299,
  billingCycleMonths: 1,
  nextRenewal: '2027-03-15',
  endDate: null,
  domains: ['muster-webdesign.de', 'muster-shop.de'],
  cancellationRequested: false,
  description: 'Webspace mit 100 GB, PHP und Datenbanken.',
  invoices: [
    { id: 'inv-7', number: 'RE-2026-000007', date: '2026-10-01', totalCents: 1299, status: 'paid' },
  ],
  credentialKinds: ['control_panel', 'ftp'],
  cancellation: null,
};

const SSL: ContractSummary = {
  id: 'c-ssl',
  contractNumber: 'V-2023-0042',
  productType: 'ssl',
  productName: 'SSL Wildcard',
  status: 'cancelled',
  startDate: '2023-06-01',
  minimumTermMonths: 12,
  renewalPeriodMonths: 12,
  noticePeriod: { unit: 'days', amount: 14 },
  priceCents: 11900,
  billingCycleMonths: 12,
  nextRenewal: null,
  endDate: '2027-05-31',
  domains: ['muster-webdesign.de'],
  cancellationRequested: false,
};

const DOMAIN: ContractSummary = {
  ...SSL,
  id: 'c-domain',
  contractNumber: 'V-2020-0007',
  productType: 'domain',
  productName: 'Domain alt-firma.de',
  status: 'ended',
  endDate: '2025-12-31',
};

export const CONTRACTS: ContractSummary[] = [HOSTING, SSL, DOMAIN];

export const CREDENTIALS: Credential[] = [
  {
    id: 'cred-panel',
    kind: 'control_panel',
    label: 'Verwaltung',
    host: 'panel.example.net',
    port: null,
    username: 'k100234',
    password: 'S3cret-Panel!',
    url: 'https://panel.example.net',
    updatedAt: '2026-01-10T09:00:00Z',
  },
  {
    id: 'cred-ftp',
    kind: 'ftp',
    label: 'FTP-Zugang',
    host: 'ftp.example.net',
    port: 21,
    username: 'ftp-k100234',
    password: 'Ftp-Secret-9',
    url: null,
    updatedAt: '2026-01-10T09:00:00Z',
  },
];

export const LOCKED: CredentialLock = {
  unlockedUntil: null,
  method: 'password',
  osAvailable: false,
  offlinePasswordReady: true,
};

export const unlockedFor = (ms: number): CredentialLock => ({
  ...LOCKED,
  unlockedUntil: new Date(Date.now() + ms).toISOString(),
});

export const OPTIONS: CancellationOptions = {
  contractId: HOSTING.id,
  cancellable: true,
  earliestEndDate: '2027-03-14',
  noticeDeadline: '2026-12-14',
  requestedBy: 'Erika Mustermann',
  confirmationEmail: 'demo@kundencenter.example',
  terms: {
    startDate: HOSTING.startDate,
    minimumTermMonths: 12,
    renewalPeriodMonths: 12,
    noticePeriod: { unit: 'months', amount: 3 },
  },
  cancellation: null,
};

export function cancellationOf(input: Record<string, unknown>): Cancellation {
  return {
    id: 'cn-1',
    contractId: HOSTING.id,
    kind: input.kind as Cancellation['kind'],
    status: input.kind === 'ordinary' ? 'confirmed' : 'requested',
    endDate: input.endDate as string,
    reason: (input.reason as string | undefined) ?? null,
    closingCompany: input.closingCompany as boolean,
    requestedBy: input.requestedBy as string,
    confirmationEmail: input.confirmationEmail as string,
    createdAt: '2026-11-25T13:45:00Z',
    revokedAt: null,
  };
}

/** A main that knows the demo contracts, locks credentials until the password is right. */
export function productsHandlers(): Partial<Record<ChannelName, Handler>> {
  let lock = LOCKED;
  const contracts: Record<string, Contract> = { [HOSTING.id]: HOSTING };
  return {
    'contracts:list': () => ok(cached(CONTRACTS)),
    'contracts:get': (input) => {
      const contract = contracts[(input as { id: string }).id];
      return contract ? ok(cached(contract)) : ok(null);
    },
    'credentials:lock': () => ok(lock),
    'credentials:unlock': (input) => {
      if ((input as { password?: string }).password !== 'Demo-Passwort-2026') {
        return fail('errors.wrong_password');
      }
      lock = unlockedFor(5 * 60_000);
      return ok(lock);
    },
    'credentials:relock': () => {
      lock = LOCKED;
      return ok(lock);
    },
    'credentials:list': () =>
      ok(cached(CREDENTIALS.map(({ password: _password, ...view }) => view))),
    'credentials:reveal': (input) => {
      const id = (input as { credentialId: string }).credentialId;
      return ok({ password: CREDENTIALS.find((c) => c.id === id)!.password });
    },
    'credentials:copy': () => ok({ clearsInSeconds: 30 }),
    'credentials:reset': (input) => {
      const id = (input as { credentialId: string }).credentialId;
      return ok({ ...CREDENTIALS.find((c) => c.id === id)!, password: 'New-Generated-Pass-42' });
    },
    'cancellation:options': () => ok(OPTIONS),
    'cancellation:create': (input) => {
      const cancellation = cancellationOf(input as Record<string, unknown>);
      contracts[HOSTING.id] = { ...HOSTING, status: 'cancelled', cancellation };
      return ok(cancellation);
    },
    'cancellation:revoke': () => {
      contracts[HOSTING.id] = HOSTING;
      return ok(undefined);
    },
    'cancellation:saveReceipt': () => ok({ saved: true }),
    'settings:get': () =>
      ok({
        language: 'de',
        invoicePdfYears: 3,
        idleLockMinutes: 5,
        credentialsUnlock: 'password',
        offlineCredentials: true,
      }),
  };
}
