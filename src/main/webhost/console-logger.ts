/** A logger for the web host: one JSON line per entry on stderr (stdout is for the ready line). */
import type { Logger } from '../core/app-core-types';

export function createConsoleLogger(): Logger {
  const write = (level: string) => (message: string, meta?: Record<string, unknown>) =>
    process.stderr.write(`${JSON.stringify({ level, message, ...meta })}\n`);
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
