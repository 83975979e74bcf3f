/**
 * The small interfaces through which the core reaches the outside world. The Electron shell
 * and the web host each implement them at their composition root; tests inject real ones
 * where they exist here (keychain, files, the sandbox server).
 */
import type { Settings } from '../../shared/domain';

/** Secrets in the OS keychain (or memory when there is none). Never plaintext on disk. */
export interface SecretStore {
  /** 'keychain' when secrets survive a restart safely, 'memory' when they do not */
  readonly kind: 'keychain' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** User settings (electron-store in the app, conf in the web host; same schema). */
export interface SettingsStore {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
  /** true when the file was damaged at start and defaults took the broken values' place */
  repaired?(): boolean;
}

export interface Notification {
  title: string;
  body: string;
  /**
   * what a click on it opens, e.g. { kind: 'ticket', id: '42' }; `reply`: it asks for an
   * answer (a staff reply): the OS may offer a reply field, a click opens the reply box
   */
  target?: { kind: string; id: string; reply?: boolean };
}

/** System notifications (Electron Notification; the web host records them). */
export interface Notifier {
  show(notification: Notification): void;
}

/** The unread count on the app's icon (dock badge, taskbar, tray); 0 hides it. */
export interface Badge {
  setCount(count: number): void;
}

/**
 * The system clipboard. The core reads it only to tell whether a password it copied is still
 * there before clearing it, so a person's own later copy is never wiped.
 */
export interface Clipboard {
  writeText(text: string): void;
  readText(): Promise<string>;
  clear(): void;
}

/**
 * The operating system's own confirmation of the person at the machine (Touch ID on macOS),
 * used to unlock cached credentials offline. Unavailable where the OS has none.
 */
export interface LocalAuth {
  available(): boolean;
  /** shows the OS prompt with `reason`; true only when the person confirmed */
  confirm(reason: string): Promise<boolean>;
}

/** For hosts without an OS confirmation. */
export const noLocalAuth: LocalAuth = {
  available: () => false,
  confirm: () => Promise.resolve(false),
};

/** A file type the save dialog offers, e.g. { name: 'PDF', extensions: ['pdf'] }. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/**
 * "Speichern unter": the shell asks the person where (Electron's save dialog) and writes the
 * bytes there; the renderer never sees or picks a path. The web host saves into a folder.
 */
export interface SaveDialog {
  save(options: {
    defaultName: string;
    filters: SaveFilter[];
    /** the bytes, or chunks written as they come (a year's archive is never whole in memory) */
    data: Uint8Array | AsyncIterable<Uint8Array>;
  }): Promise<{ saved: boolean }>;
}

/**
 * The system browser, for pages outside the app (a payment provider's page): the shell
 * opens them with its external-URL rule; the web host records them for tests.
 */
export interface ExternalBrowser {
  open(url: string): Promise<void>;
}

/** What a SaveDialog is given, as one buffer (tests, and savers that need the whole file). */
export async function bytesOf(data: Uint8Array | AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const parts: Uint8Array[] = [];
  for await (const chunk of data) parts.push(chunk);
  return Buffer.concat(parts);
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The network stack the core's HTTP goes through. Left out, the core uses Node's own fetch:
 * the web host and tests. The Electron shell passes Chromium's
 * (`net.fetch`), which follows the system proxy, PAC files and the OS certificate store, as
 * the browser on the same machine does.
 */
export interface NetworkStack {
  /** 'os': the desktop's own stack (proxy and certificates as the OS sets them); 'node': Node's */
  readonly kind: 'os' | 'node';
  fetch: typeof fetch;
  /** the proxy the stack uses for `url`, in PAC notation ('DIRECT', 'PROXY host:port; …') */
  resolveProxy?(url: string): Promise<string>;
}

/** Why the OS says the person left the machine. */
export type AwaySignal = 'screen-locked' | 'suspended';

/**
 * The OS's word that the person is away: the screen locked or the machine went to sleep, and
 * how long no key or mouse input came (Electron's powerMonitor). The app lock listens to it.
 */
export interface ScreenSignals {
  onAway(listener: (why: AwaySignal) => void): () => void;
  /** seconds since the last input anywhere on the machine; null where the host cannot know */
  idleSeconds(): number | null;
}

/** OS signals that the network may have come back (resume, online). */
export interface OnlineSignals {
  onMaybeOnline(listener: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
