/**
 * Who a request is authenticated as. Its own module because the request type (context.ts)
 * carries it and the modules that authenticate need the context: both import it from here.
 */
import type { Right } from './rights';

export interface AuthInfo {
  userId: number;
  /** the active customer account of the session */
  customerId: number;
  /** an owner of that account (has every right) */
  owner: boolean;
  /** the user's rights in that account (all of them for an owner) */
  rights: Right[];
  email: string;
  sessionId: string;
  /** ms since the epoch until which sensitive actions are allowed, or null */
  stepUpUntil: number | null;
  /** the server time at which this request was authenticated */
  authenticatedAt: number;
}
