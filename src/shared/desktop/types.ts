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
