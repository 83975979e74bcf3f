/**
 * The one IPC contract: every channel with its zod input schema and its output type, every
 * event with its payload type. Main validates against it, the preload allow-lists from it,
 * the renderer is typed by it. Nothing else crosses the boundary.
 */
import { z } from 'zod';
import type {
  Account,
  AppInfo,
  Cached,
  IpcResult,
  SessionState,
  Settings,
  SyncStatus,
} from './domain';
import type { ChannelName, EventName } from './ipc-names';

const email = z.string().trim().min(3).max(254).email();
const password = z.string().min(1).max(1024);
const none = z.undefined();
/** A type-only marker for a channel's output (the value itself is never used). */
const returns = <T>() => null as unknown as T;

export const languageSchema = z.enum(['de', 'en']);

export const ipcTable = {
  'app:info': { input: none, output: returns<AppInfo>() },
  'session:get': { input: none, output: returns<SessionState>() },
  'session:login': {
    input: z.object({ email, password }).strict(),
    output: returns<SessionState>(),
  },
  'session:mfa': {
    input: z.object({ code: z.string().regex(/^\d{6}$/) }).strict(),
    output: returns<SessionState>(),
  },
  'session:logout': { input: none, output: returns<SessionState>() },
  'password:forgot': { input: z.object({ email }).strict(), output: returns<void>() },
  'password:reset': {
    input: z.object({ token: z.string().trim().min(16).max(256), password }).strict(),
    output: returns<void>(),
  },
  'account:get': { input: none, output: returns<Cached<Account> | null>() },
  'sync:status': { input: none, output: returns<SyncStatus>() },
  'sync:now': { input: none, output: returns<SyncStatus>() },
  'settings:get': { input: none, output: returns<Settings>() },
  'settings:set': {
    input: z.object({ language: languageSchema.optional() }).strict(),
    output: returns<Settings>(),
  },
  'clipboard:writeText': {
    input: z.object({ text: z.string().min(1).max(4096) }).strict(),
    output: returns<void>(),
  },
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

export interface EventPayloads {
  'session:changed': SessionState;
  'sync:changed': SyncStatus;
  'data:changed': { resource: string };
}

export type IpcTable = typeof ipcTable;
export type Channel = keyof IpcTable;
export type InputOf<C extends Channel> = z.input<IpcTable[C]['input']>;
export type OutputOf<C extends Channel> = IpcTable[C]['output'];

/** What the preload (or the web host's bridge) puts on `window.kc`. */
export interface KcBridge {
  invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResult<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

// Compile-time proof that the name lists in ipc-names.ts and this table agree exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const channelNamesMatch: Exact<Channel, ChannelName> = true;
export const eventNamesMatch: Exact<keyof EventPayloads, EventName> = true;
