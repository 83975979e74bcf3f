/**
 * The shared password rule for the live hint, asked of main (zxcvbn with its dictionaries,
 * 2.4 MB, lives there and not in the renderer's bundles). Until the first answer, and for a
 * moment after each keystroke, the last verdict stays.
 */
import { useEffect, useState } from 'react';
import type { PasswordVerdict } from '../../shared/security/password-rule';
import { call } from '../ipc';

const DEBOUNCE_MS = 120;
/** what the channel takes; the first 256 characters decide a password's strength already */
const JUDGED_LENGTH = 256;

/** The rule's verdict on a new password for this e-mail address ('' when not known). */
export function passwordVerdict(password: string, email: string): Promise<PasswordVerdict> {
  return call('security:passwordVerdict', {
    password: password.slice(0, JUDGED_LENGTH),
    email: email.slice(0, 320),
  });
}

/** The verdict for the live hint; null while the field is empty or before the first answer. */
export function usePasswordVerdict(password: string, email: string): PasswordVerdict | null {
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  useEffect(() => {
    if (password === '') return;
    let current = true;
    const timer = setTimeout(() => {
      passwordVerdict(password, email).then(
        (next) => {
          if (current) setVerdict(next);
        },
        // no answer (main busy, signed out): the hint stays as it was; the server decides
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, email]);
  // an emptied field shows nothing at once; the verdict on the next password replaces this one
  return password === '' ? null : verdict;
}
