/**
 * The notice commands of `npm run sandbox` (server/src/cli.ts lists them): what the
 * provider's staff do, on the data folder directly, whether or not the server runs (a running
 * server streams the change to GET /v1/events within a moment).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NOTICE_KINDS, NOTICE_STATES, type NoticeKind } from '../../../src/shared/notices/types';
import { openDb, type Db } from '../db';
import { seedDemo } from '../demo';
import { ApiError } from '../problem';
import { postNotice, setNoticeState } from './staff';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const NOTICES_USAGE = `  notice "<title>" --contract <id> [--contract …] [--domain <name>] [--kind incident|maintenance]
         [--body "<text>"] [--title-en X] [--body-en X] [--starts ISO] [--ends ISO] [--general]
         [--data DIR]                     post a provider notice touching these contracts and
                                          domains (--general: every customer); prints it
  notice-state <id> planned|active|resolved [--data DIR]
                                          move a notice to another state`;

async function withDb<T>(dir: string | undefined, run: (db: Db) => T): Promise<T> {
  const db = openDb(
    path.resolve(dir ?? process.env.KC_SANDBOX_DATA ?? path.join(REPO_ROOT, '.sandbox-data')),
  );
  try {
    await seedDemo(db);
    return run(db);
  } finally {
    db.close();
  }
}

async function notice(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      contract: { type: 'string', multiple: true },
      domain: { type: 'string', multiple: true },
      kind: { type: 'string' },
      body: { type: 'string' },
      'title-en': { type: 'string' },
      'body-en': { type: 'string' },
      starts: { type: 'string' },
      ends: { type: 'string' },
      general: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [title, ...extra] = positionals;
  if (!title?.trim() || extra.length > 0) throw new Error('notice needs exactly one title');
  const kind = values.kind ?? 'incident';
  if (!(NOTICE_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`--kind must be one of ${NOTICE_KINDS.join(', ')}`);
  }
  await withDb(values.data, (db) => {
    try {
      const posted = postNotice(
        db,
        {
          kind: kind as NoticeKind,
          title,
          titleEn: values['title-en'],
          body: values.body,
          bodyEn: values['body-en'],
          contractIds: values.contract ?? [],
          domains: values.domain ?? [],
          general: values.general ?? false,
          startsAt: values.starts,
          endsAt: values.ends,
        },
        Date.now(),
      );
      process.stdout.write(JSON.stringify(posted, null, 2) + '\n');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = (error.errors ?? []).map((e) => `${e.field}: ${e.code}`).join(', ');
      console.error(`Notice not posted (${fields || error.code})`);
      process.exitCode = 1;
    }
  });
}

async function noticeState(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  const [id, state, ...extra] = positionals;
  const known = (NOTICE_STATES as readonly string[]).includes(state ?? '');
  if (!id || !known || extra.length > 0) {
    throw new Error(`notice-state needs a notice id and one of ${NOTICE_STATES.join(', ')}`);
  }
  await withDb(values.data, (db) => {
    const changed = setNoticeState(db, id, state as (typeof NOTICE_STATES)[number], Date.now());
    if (!changed) {
      console.error(`No such notice: ${id}`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(JSON.stringify(changed, null, 2) + '\n');
  });
}

export const noticesCommands: Record<string, (args: string[]) => Promise<void>> = {
  notice,
  'notice-state': noticeState,
};
