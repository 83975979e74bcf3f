/**
 * "Produkte & Dienste" demo data, relative to the day it is seeded (idempotent, once per
 * customer). Contract ids are the contract numbers, which the billing demo's invoice lines
 * already name (V-100234-01 … -05), so each contract links its invoices.
 *
 * K-100234 (company):
 * - V-100234-01 Webhosting Business (since the first monthly invoice; 12 months, renews by 12,
 *   3 months' notice) — logins: control panel, FTP, SSH, database
 * - V-100234-02 E-Mail Pro 10 (1 month, renews monthly, 14 days' notice) — login: mailbox
 * - V-100234-03 Managed Server M (since 13 months; 24 months, renews by 12, 3 months' notice)
 *   — logins: SSH, server panel
 * - V-100234-04 SSL Wildcard (yearly, 1 month's notice)
 * - V-100234-05 .de-Domains, three of them (yearly, 1 month's notice)
 * - V-100234-06 Webhosting Basic for muster-blog.de: cancelled five days before the seed day
 *   (ordinary, confirmed), ends on its earliest end date, about two months ahead
 * - V-100234-07 .com-Domain muster-webdesign.com: ended about two months before the seed day
 * K-100235 (person): V-100235-01 Webhosting Basic — login: control panel.
 *
 * Every password is generated at seed time (credentials.ts), none is written in the code.
 */
import {
  earliestEndDate,
  noticeDeadline,
  periodEnd,
} from '../../../src/shared/products/cancellation-date';
import type {
  CancellationKind,
  NoticePeriod,
  ProductType,
} from '../../../src/shared/products/types';
import { addDays, addMonths, berlinDate, firstOfMonth } from '../billing/dates';
import type { Db } from '../db';
import { insertCredentials, type CredentialSeed } from './credentials';

interface DemoCancellation {
  kind: CancellationKind;
  endDate: string;
  createdAt: number;
}

interface DemoContract {
  number: string;
  productType: ProductType;
  productName: string;
  description: string;
  startDate: string;
  minimumTermMonths: number;
  renewalPeriodMonths: number;
  notice: NoticePeriod;
  priceCents: number;
  billingCycleMonths: number;
  domains: string[];
  credentials: CredentialSeed[];
  cancellation?: DemoCancellation;
}

const months = (amount: number): NoticePeriod => ({ unit: 'months', amount });
const PANEL = 'panel.cmo-hosting.example';

/** The day of month the billing demo issues monthly invoices on (see demo-billing.ts). */
function anchor(today: string): string {
  return Number(today.slice(8, 10)) > 28 ? `${today.slice(0, 8)}28` : today;
}

/** Mid-morning in Berlin (09:15 UTC) of a day, as a sent time. */
const morningOf = (day: string) => Date.parse(`${day}T09:15:00Z`);

export function companyContracts(today: string, now: number): DemoContract[] {
  const monthlyStart = firstOfMonth(addMonths(anchor(today), -23));
  const serverStart = firstOfMonth(addMonths(anchor(today), -13));
  const yearlyStart = addMonths(addDays(today, -2), -12);

  const basic = {
    startDate: firstOfMonth(addMonths(today, -10)),
    minimumTermMonths: 12,
    renewalPeriodMonths: 1,
    noticePeriod: months(1),
  };
  const cancelledOn = addDays(today, -5);
  const com = {
    startDate: addMonths(today, -26),
    minimumTermMonths: 12,
    renewalPeriodMonths: 12,
    noticePeriod: months(1),
  };
  const comEnd = periodEnd(com.startDate, 24);

  return [
    {
      number: 'V-100234-01',
      productType: 'webhosting',
      productName: 'Webhosting Business',
      description:
        '50 GB SSD-Webspace, 10 Datenbanken, PHP 8.3, tägliche Backups, 3 Domains inklusive',
      startDate: monthlyStart,
      minimumTermMonths: 12,
      renewalPeriodMonths: 12,
      notice: months(3),
      priceCents: 1499,
      billingCycleMonths: 1,
      domains: ['muster-webdesign.de', 'muster-webdesign-shop.de'],
      credentials: [
        {
          kind: 'control_panel',
          label: 'Kundenpanel',
          host: PANEL,
          port: 443,
          username: 'k100234-web',
          url: `https://${PANEL}/login`,
        },
        {
          kind: 'ftp',
          label: 'FTP-Zugang',
          host: 'ftp.muster-webdesign.de',
          port: 21,
          username: 'k100234-ftp',
          url: null,
        },
        {
          kind: 'ssh',
          label: 'SSH-Zugang',
          host: 'ssh.cmo-hosting.example',
          port: 22,
          username: 'k100234',
          url: null,
        },
        {
          kind: 'database',
          label: 'MySQL-Datenbank db1',
          host: 'db1.cmo-hosting.example',
          port: 3306,
          username: 'k100234_db1',
          url: `https://${PANEL}/phpmyadmin`,
        },
      ],
    },
    {
      number: 'V-100234-02',
      productType: 'email',
      productName: 'E-Mail Pro 10',
      description: '10 Postfächer mit je 25 GB, IMAP/POP3, Webmail, Spam- und Virenschutz',
      startDate: monthlyStart,
      minimumTermMonths: 1,
      renewalPeriodMonths: 1,
      notice: { unit: 'days', amount: 14 },
      priceCents: 1000,
      billingCycleMonths: 1,
      domains: ['muster-webdesign.de'],
      credentials: [
        {
          kind: 'mailbox',
          label: 'Postfach info@muster-webdesign.de',
          host: 'mail.cmo-hosting.example',
          port: 993,
          username: 'info@muster-webdesign.de',
          url: 'https://webmail.cmo-hosting.example',
        },
      ],
    },
    {
      number: 'V-100234-03',
      productType: 'managed_server',
      productName: 'Managed Server M',
      description:
        '8 vCPU, 32 GB RAM, 500 GB NVMe, Betriebssystem-Updates und Monitoring durch uns',
      startDate: serverStart,
      minimumTermMonths: 24,
      renewalPeriodMonths: 12,
      notice: months(3),
      priceCents: 4900,
      billingCycleMonths: 1,
      domains: [],
      credentials: [
        {
          kind: 'ssh',
          label: 'SSH-Zugang (Administrator)',
          host: 'srv-100234.cmo-hosting.example',
          port: 22,
          username: 'admin',
          url: null,
        },
        {
          kind: 'control_panel',
          label: 'Server-Panel',
          host: 'srv-100234.cmo-hosting.example',
          port: 8443,
          username: 'admin',
          url: 'https://srv-100234.cmo-hosting.example:8443',
        },
      ],
    },
    {
      number: 'V-100234-04',
      productType: 'ssl',
      productName: 'SSL Wildcard *.muster-webdesign.de',
      description:
        'Wildcard-Zertifikat (Domain-validiert) für alle Subdomains, automatisch erneuert',
      startDate: yearlyStart,
      minimumTermMonths: 12,
      renewalPeriodMonths: 12,
      notice: months(1),
      priceCents: 7900,
      billingCycleMonths: 12,
      domains: ['muster-webdesign.de'],
      credentials: [],
    },
    {
      number: 'V-100234-05',
      productType: 'domain',
      productName: '.de-Domains (3)',
      description: 'Registrierung und DNS für drei .de-Domains',
      startDate: yearlyStart,
      minimumTermMonths: 12,
      renewalPeriodMonths: 12,
      notice: months(1),
      priceCents: 2700,
      billingCycleMonths: 12,
      domains: ['muster-webdesign.de', 'muster-webdesign-shop.de', 'erika-mustermann.de'],
      credentials: [],
    },
    {
      number: 'V-100234-06',
      productType: 'webhosting',
      productName: 'Webhosting Basic',
      description: '10 GB SSD-Webspace, 2 Datenbanken, PHP 8.3 – für den Blog',
      startDate: basic.startDate,
      minimumTermMonths: basic.minimumTermMonths,
      renewalPeriodMonths: basic.renewalPeriodMonths,
      notice: basic.noticePeriod,
      priceCents: 499,
      billingCycleMonths: 1,
      domains: ['muster-blog.de'],
      credentials: [],
      cancellation: {
        kind: 'ordinary',
        endDate: earliestEndDate(basic, cancelledOn).endDate,
        createdAt: Math.min(morningOf(cancelledOn), now),
      },
    },
    {
      number: 'V-100234-07',
      productType: 'domain',
      productName: '.com-Domain muster-webdesign.com',
      description: 'Registrierung und DNS für eine .com-Domain',
      startDate: com.startDate,
      minimumTermMonths: com.minimumTermMonths,
      renewalPeriodMonths: com.renewalPeriodMonths,
      notice: com.noticePeriod,
      priceCents: 1200,
      billingCycleMonths: 12,
      domains: ['muster-webdesign.com'],
      credentials: [],
      cancellation: {
        kind: 'ordinary',
        endDate: comEnd,
        createdAt: morningOf(addDays(noticeDeadline(comEnd, com.noticePeriod), -10)),
      },
    },
  ];
}

export function personContracts(today: string): DemoContract[] {
  return [
    {
      number: 'V-100235-01',
      productType: 'webhosting',
      productName: 'Webhosting Basic',
      description: '10 GB SSD-Webspace, 2 Datenbanken, PHP 8.3',
      startDate: firstOfMonth(addMonths(anchor(today), -5)),
      minimumTermMonths: 12,
      renewalPeriodMonths: 12,
      notice: months(1),
      priceCents: 499,
      billingCycleMonths: 1,
      domains: ['max-mustermann.de'],
      credentials: [
        {
          kind: 'control_panel',
          label: 'Kundenpanel',
          host: PANEL,
          port: 443,
          username: 'k100235-web',
          url: `https://${PANEL}/login`,
        },
      ],
    },
  ];
}

/** Contract numbers carry the customer number, so the plans belong to these two customers. */
const PLANS: Record<string, (today: string, now: number) => DemoContract[]> = {
  'K-100234': companyContracts,
  'K-100235': personContracts,
};

function insertContract(
  db: Db,
  customer: { id: number; name: string; email: string | null; userId: number | null },
  c: DemoContract,
  now: number,
): void {
  db.prepare(
    `INSERT INTO contracts (id, customer_id, contract_number, product_type, product_name,
       description, start_date, minimum_term_months, renewal_period_months, notice_unit,
       notice_amount, price_cents, billing_cycle_months, end_date, domains, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.number,
    customer.id,
    c.number,
    c.productType,
    c.productName,
    c.description,
    c.startDate,
    c.minimumTermMonths,
    c.renewalPeriodMonths,
    c.notice.unit,
    c.notice.amount,
    c.priceCents,
    c.billingCycleMonths,
    c.cancellation?.endDate ?? null,
    JSON.stringify(c.domains),
    now,
    now,
  );
  insertCredentials(db, c.number, c.credentials, now, (seed) => `${c.number}-${seed.kind}`);
  if (c.cancellation) {
    db.prepare(
      `INSERT INTO cancellations (id, contract_id, user_id, kind, status, end_date, reason,
         closing_company, requested_by, confirmation_email, created_at, revoked_at)
       VALUES (?, ?, ?, ?, 'confirmed', ?, NULL, 0, ?, ?, ?, NULL)`,
    ).run(
      `kd_${c.number}`,
      c.number,
      customer.userId,
      c.cancellation.kind,
      c.cancellation.endDate,
      customer.name,
      customer.email ?? '',
      c.cancellation.createdAt,
    );
  }
}

/** Seeds the contracts of a demo customer once (recorded in `meta`). */
export function seedDemoProducts(db: Db, customerNumber: string, now: number): void {
  const key = `demo_products:${customerNumber}`;
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(key)) return;
    const customer = db
      .prepare(
        `SELECT c.id, c.first_name || ' ' || c.last_name AS name, u.id AS userId,
                u.email
         FROM customers c
         LEFT JOIN users u ON u.id = (SELECT MIN(id) FROM users WHERE customer_id = c.id)
         WHERE c.customer_number = ?`,
      )
      .get(customerNumber) as
      { id: number; name: string; userId: number | null; email: string | null } | undefined;
    const plan = PLANS[customerNumber];
    if (!customer || !plan) return;
    const contracts = plan(berlinDate(now), now);
    for (const c of contracts) insertContract(db, customer, c, now);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, String(now));
  }).immediate();
}
