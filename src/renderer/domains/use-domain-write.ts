/** A write of a domain (options, nameservers, contacts) with what it answered, for one section. */
import { useState } from 'react';
import type { DomainWriteResult } from '../../shared/domains/ipc';
import type { DomainDetail } from '../../shared/domains/types';
import { AppError } from '../ipc';

/** the id of the offline reason on the detail, for aria-describedby of disabled controls */
export const OFFLINE_REASON_ID = 'domain-offline-reason';

export type WriteOutcome =
  { kind: 'saved'; what: string } | { kind: 'conflict' } | { kind: 'error'; error: AppError };

export interface DomainWrite {
  pending: boolean;
  outcome: WriteOutcome | null;
  /** send; on success or conflict the detail shown becomes the server's */
  run: (what: string, send: () => Promise<DomainWriteResult>) => Promise<WriteOutcome>;
  clear: () => void;
}

export function useDomainWrite(show: (domain: DomainDetail) => void): DomainWrite {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);
  const run = async (
    what: string,
    send: () => Promise<DomainWriteResult>,
  ): Promise<WriteOutcome> => {
    setPending(true);
    setOutcome(null);
    let answer: WriteOutcome;
    try {
      const result = await send();
      if (result.status === 'saved') {
        show(result.domain);
        answer = { kind: 'saved', what };
      } else {
        show(result.theirs);
        answer = { kind: 'conflict' };
      }
    } catch (thrown) {
      answer = { kind: 'error', error: AppError.from(thrown) };
    }
    setPending(false);
    setOutcome(answer);
    return answer;
  };
  return { pending, outcome, run, clear: () => setOutcome(null) };
}
