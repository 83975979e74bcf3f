/**
 * The support commands of `npm run sandbox` (server/src/cli.ts lists them): what the
 * provider's staff do, on the data folder directly, whether or not the server runs (a running
 * server streams the change to GET /v1/events within a moment).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../db';
import { seedDemo } from '../demo';
import { staffReply } from './tickets';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const SUPPORT_USAGE = `  reply <ticket> "<text>" [--author NAME] [--waiting] [--data DIR]
                                          a staff reply to the ticket (id or number T-…);
                                          --waiting: the ticket waits for the customer`;

/** `reply <ticket> "<text>"`: prints the new message as JSON. */
async function reply(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      author: { type: 'string' },
      waiting: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [ticket, text, ...extra] = positionals;
  if (!ticket || !text?.trim() || extra.length > 0) {
    throw new Error('reply needs a ticket (id or T-number) and the text of the reply');
  }
  const dir = path.resolve(
    values.data ?? process.env.KC_SANDBOX_DATA ?? path.join(REPO_ROOT, '.sandbox-data'),
  );
  const db = openDb(dir);
  try {
    await seedDemo(db);
    const message = staffReply(
      db,
      ticket,
      {
        body: text,
        ...(values.author ? { authorName: values.author } : {}),
        status: values.waiting ? 'waiting_for_customer' : 'answered',
      },
      Date.now(),
    );
    if (!message) {
      console.error(`No such ticket: ${ticket}`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(JSON.stringify(message, null, 2) + '\n');
  } finally {
    db.close();
  }
}

export const supportCommands: Record<string, (args: string[]) => Promise<void>> = { reply };
