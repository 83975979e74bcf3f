/** What the desktop shell reports to the settings: the network stack and its connection test. */

/** Why the API could not be reached, as far as the network stack can tell. */
export type ConnectionFailure =
  /** the host name does not resolve */
  | { kind: 'dns'; host: string }
  /** nothing accepts connections there (server down, wrong port, a firewall says no) */
  | { kind: 'refused'; host: string }
  | { kind: 'timeout'; host: string }
  /** the certificate is not trusted, expired or for another name; issuer as it says */
  | {
      kind: 'tls';
      host: string;
      problem: 'untrusted' | 'expired' | 'hostname' | 'other';
      issuer: string | null;
    }
  /** the proxy the system names cannot be reached, refused the tunnel or wants a login */
  | { kind: 'proxy'; proxy: string }
  /** the server (or something in between) answered, but not with success */
  | { kind: 'http'; status: number }
  /** this machine has no network */
  | { kind: 'offline' }
  /** anything else, with the stack's own code for the log and support */
  | { kind: 'other'; code: string };

export type NetworkStackKind = 'os' | 'node';

export interface NetworkInfo {
  /** 'os': the desktop's stack (system proxy, PAC, OS certificates); 'node': Node's (web host) */
  stack: NetworkStackKind;
  /** the proxy in use for the API ('DIRECT' or PAC notation); null where the stack cannot say */
  proxy: string | null;
  /** the API's host (shown, never fetched by the renderer) */
  host: string;
}

export interface ConnectionReport extends NetworkInfo {
  result: { ok: true; status: number } | ({ ok: false } & ConnectionFailure);
}

/** "Neu in dieser Version": shown once after an update. */
export interface WhatsNew {
  version: string;
  /** the release's notes as plain lines; null when the feed gave none for this version */
  notes: string[] | null;
}

/** Why the app locked itself: the OS locked the screen or slept, the idle time ran out, or by hand. */
export type AppLockReason = 'screen-locked' | 'suspended' | 'idle' | 'manual';

/**
 * The app lock: while locked the window shows only the unlock screen, and the core answers no
 * invoice, payment or credential request.
 */
export interface AppLockState {
  locked: boolean;
  reason: AppLockReason | null;
  /** the OS can confirm the person (Touch ID), so the unlock may skip the password */
  osAvailable: boolean;
}
