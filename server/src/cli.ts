/**
 * `npm run sandbox -- [command] [options]`: runs the sandbox server, or acts on its data folder
 * directly (whether or not the server runs): read a TOTP code or the mail outbox, change an
 * account as the provider's staff would.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './app';
import { DEFAULT_LARGE_INVOICES, seedLarge } from './billing/large';
import { openDb, type Db } from './db';
import { seedLargeDomains } from './domains/large';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './demo';
import { listMail } from './mail/outbox';
import { NOTICES_USAGE, noticesCommands } from './notices/cli';
import { SUPPORT_USAGE, supportCommands } from './support/cli';
import { seedLargeRest } from './sandbox/large-account';
import { sandboxPatchAccount, sandboxTotp, sandboxVerify } from './sandbox/sandbox';
import { DEMO_LIMITED_EMAIL, DEMO_LIMITED_RIGHTS, DEMO_SECOND_CUSTOMER } from './team/demo-team';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_PORT = 4010;

const USAGE = `Kundencenter sandbox

Usage: npm run sandbox -- [command] [options]

Commands:
  serve [--port N] [--data DIR] [--log]   start the sandbox server (default; --port 0: random)
  totp <email> [--data DIR]               print the user's current TOTP code
  outbox [--to EMAIL] [--data DIR]        print the mails the server has "sent", newest first
  account <email> [--company X] [--first-name X] [--last-name X] [--phone X] [--data DIR]
                                          change the user's customer account (recorded for sync)
  verify <email> approve|reject ["<reason>"] [--data DIR]
                                          the provider's decision on the verification of the
                                          user's customer account (a reason for reject)
  seed-large [--invoices N] [--data DIR]  create large@kundencenter.example (demo password) with
                                          N invoices over ten years (default ${DEFAULT_LARGE_INVOICES})
                                          and 2,000 domains with 40,000 DNS records, 300
                                          contracts with logins, 1,000 tickets with 10,000
                                          messages, 200 contacts and 30 users
${SUPPORT_USAGE}
${NOTICES_USAGE}
  help                                    this text

--data defaults to $KC_SANDBOX_DATA or <repo>/.sandbox-data. Empty --company/--phone clear it.
`;

class UsageError extends Error {}

function dataDir(value: string | undefined): string {
  return path.resolve(
    value ?? process.env.KC_SANDBOX_DATA ?? path.join(REPO_ROOT, '.sandbox-data'),
  );
}

async function openSeeded(dir: string): Promise<Db> {
  const db = openDb(dir);
  await seedDemo(db);
  return db;
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      log: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`invalid port: ${values.port}`);
  }
  const dir = dataDir(values.data);
  const server = await startServer({ dataDir: dir, port, log: values.log ?? false });
  const db = openDb(dir);
  const accounts = await seedDemo(db);
  db.close();

  const lines = [
    `Kundencenter-Sandbox läuft / sandbox running: ${server.url}`,
    `Daten / data: ${dir}`,
    '',
    'Demo-Zugänge / demo accounts:',
    ...accounts.map((a) => {
      const mfa = a.totpSecret
        ? `  2FA (TOTP) – Secret: ${a.totpSecret}\n      Code: npm run sandbox -- totp ${a.email}`
        : '';
      return `  ${a.email}  /  ${a.password}  (${a.customerNumber})${mfa ? `\n    ${mfa.trim()}` : ''}`;
    }),
    `  ${DEMO_LIMITED_EMAIL}  /  ${DEMO_PASSWORD}  (K-100234, Rechte / rights: ${DEMO_LIMITED_RIGHTS.join(', ')})`,
    `  ${DEMO_EMAIL} gehört auch zu / also belongs to ${DEMO_SECOND_CUSTOMER} (Kundenkonto wechseln / switch)`,
    '',
    'Mails (Zurücksetzen, Bestätigung, Einladungen) / mails: npm run sandbox -- outbox',
    'Beenden mit Strg+C / stop with Ctrl+C',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  // the launcher parses this exact line
  process.stdout.write(`KC_SANDBOX_READY ${server.url}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: Sandbox wird beendet / stopping\n`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function totp(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  const [email, ...extra] = positionals;
  if (!email || extra.length > 0) throw new UsageError('totp needs exactly one e-mail address');
  const db = await openSeeded(dataDir(values.data));
  try {
    const result = sandboxTotp(db, email, Date.now());
    if (!result) {
      console.error(`No user with two-factor authentication: ${email}`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${result.code}\n`);
  } finally {
    db.close();
  }
}

async function outbox(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: false,
  });
  const db = await openSeeded(dataDir(values.data));
  try {
    const mails = listMail(db, values.to);
    if (values.json) {
      process.stdout.write(JSON.stringify(mails, null, 2) + '\n');
      return;
    }
    if (mails.length === 0) {
      process.stdout.write('Keine Mails / no mails\n');
      return;
    }
    for (const m of mails) {
      process.stdout.write(
        `#${m.id}  ${m.createdAt}\nAn / To: ${m.to}\nBetreff / Subject: ${m.subject}\n\n${m.text}\n\n${'-'.repeat(72)}\n`,
      );
    }
  } finally {
    db.close();
  }
}

async function account(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      company: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      phone: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [email, ...extra] = positionals;
  if (!email || extra.length > 0) throw new UsageError('account needs exactly one e-mail address');
  const nullable = (v: string | undefined) => (v === undefined ? undefined : v === '' ? null : v);
  const patch = {
    company: nullable(values.company),
    firstName: values['first-name'],
    lastName: values['last-name'],
    phone: nullable(values.phone),
  };
  if (Object.values(patch).every((v) => v === undefined)) {
    throw new UsageError(
      'account needs at least one of --company, --first-name, --last-name, --phone',
    );
  }
  const db = await openSeeded(dataDir(values.data));
  try {
    const result = sandboxPatchAccount(db, email, patch, Date.now());
    if (!result) {
      console.error(`No user with this e-mail: ${email}`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } finally {
    db.close();
  }
}

async function verify(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  const [email, decision, reason, ...extra] = positionals;
  if (!email || (decision !== 'approve' && decision !== 'reject') || extra.length > 0) {
    throw new UsageError('verify needs an e-mail address and approve or reject (and a reason)');
  }
  const db = await openSeeded(dataDir(values.data));
  try {
    const result = sandboxVerify(db, email, decision, reason ?? null, Date.now());
    if (!result) {
      console.error(`No user with this e-mail: ${email}`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `${email}: ${result.status}${result.rejectionReason ? ` (${result.rejectionReason})` : ''}\n`,
    );
  } finally {
    db.close();
  }
}

async function seedLargeCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, invoices: { type: 'string' } },
    allowPositionals: false,
  });
  const invoices = values.invoices === undefined ? DEFAULT_LARGE_INVOICES : Number(values.invoices);
  if (!Number.isInteger(invoices) || invoices < 1 || invoices > 1_000_000) {
    throw new UsageError(`invalid number of invoices: ${values.invoices}`);
  }
  const db = await openSeeded(dataDir(values.data));
  try {
    const started = performance.now();
    const result = await seedLarge(db, { invoices });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      result.created
        ? `${result.email} (${result.customerNumber}): ${result.invoices} Rechnungen / invoices in ${seconds} s\n`
        : `${result.email} existiert schon / exists already: ${result.invoices} Rechnungen / invoices\n`,
    );
    const domains = seedLargeDomains(db);
    process.stdout.write(
      `${domains.domains} Domains, ${domains.records} DNS-Einträge / records${domains.created ? '' : ' (schon da / already there)'}\n`,
    );
    const rest = seedLargeRest(db);
    process.stdout.write(
      `${rest.contracts} Verträge / contracts, ${rest.tickets} Tickets (${rest.messages} Nachrichten / messages), ${rest.contacts} Kontakte / contacts, ${rest.users} Nutzer / users${rest.created ? '' : ' (schon da / already there)'} – ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    db.close();
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  serve,
  totp,
  outbox,
  account,
  verify,
  'seed-large': seedLargeCommand,
  ...supportCommands,
  ...noticesCommands,
};

async function main(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  // no command, or options only: serve
  const command = first === undefined || first.startsWith('--') ? 'serve' : first;
  const args = command === 'serve' && first !== 'serve' ? argv : rest;
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command: ${command}`);
  await run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const isUsage =
    err instanceof UsageError ||
    (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'));
  if (isUsage) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
