/** A logger for the web host: one JSON line per entry on stderr (stdout is for the ready line). */
import type { Logger } from '../core/app-core-types';
import { redactMeta, redactText } from '../core/log/redact';

export function createConsoleLogger(
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const entry = (level: string) => (message: string, meta?: Record<string, unknown>) =>
    write(`${JSON.stringify({ level, message: redactText(message), ...redactMeta(meta) })}\n`);
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}
