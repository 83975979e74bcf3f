/**
 * The shell's Logger on electron-log: a rotating log file (what support asks a customer for)
 * plus the console, every entry redacted before any transport sees it. Takes the electron-log
 * instance so a test can hand in `electron-log/node` (same API, no Electron binary).
 */
import type { NodeLogger } from 'electron-log';
import type { Logger } from '../core/app-core-types';
import { redactValue } from '../core/log/redact';

export interface FileLogOptions {
  /** the log file; default: electron-log's (userData/logs/main.log) */
  file?: string;
  /** rotate at this size (electron-log keeps one old file) */
  maxSize?: number;
}

/** 1 MB: a few weeks of a normal day's lines, small enough to attach to a ticket */
const DEFAULT_MAX_SIZE = 1024 * 1024;

/** Configures `electronLog` (file + console, redaction hook) and wraps it as our Logger. */
export function createFileLogger(electronLog: NodeLogger, options: FileLogOptions = {}): Logger {
  const { file: fileTransport, console: consoleTransport } = electronLog.transports;
  if (options.file) {
    const file = options.file;
    fileTransport.resolvePathFn = () => file;
  }
  fileTransport.maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  fileTransport.level = 'info';
  consoleTransport.level = 'info';
  // hooks run before every transport: nothing unredacted reaches the file or the console
  electronLog.hooks.push((message) => ({
    ...message,
    data: message.data.map((item: unknown) => redactValue(item)),
  }));
  const entry =
    (write: (...data: unknown[]) => void) =>
    (message: string, meta?: Record<string, unknown>): void => {
      if (meta === undefined) write(message);
      else write(message, meta);
    };
  return {
    info: entry((...data) => electronLog.info(...data)),
    warn: entry((...data) => electronLog.warn(...data)),
    error: entry((...data) => electronLog.error(...data)),
  };
}
