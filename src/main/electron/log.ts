/** A plain console logger for main; callers pass metadata, never secrets. */
import type { Logger } from '../core/app-core-types';

function line(level: string, message: string, meta?: Record<string, unknown>): string {
  return meta ? `[${level}] ${message} ${JSON.stringify(meta)}` : `[${level}] ${message}`;
}

export const consoleLogger: Logger = {
  info: (message, meta) => console.log(line('info', message, meta)),
  warn: (message, meta) => console.warn(line('warn', message, meta)),
  error: (message, meta) => console.error(line('error', message, meta)),
};
