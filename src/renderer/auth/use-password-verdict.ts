/**
 * The shared password rule (zxcvbn with its dictionaries, about 1 MB) for the live hint,
 * loaded as a chunk of its own when a password is first typed, so the first bundle stays
 * small. Until it has loaded, and for a moment after each keystroke, the last verdict stays.
 */
import { useEffect, useState } from 'react';
import type { PasswordVerdict } from '../../shared/security/password-rule';

type Rule = typeof import('../../shared/security/password-rule');

let loading: Promise<Rule> | null = null;

/** The rule module, loaded once. */
export function loadPasswordRule(): Promise<Rule> {
  loading ??= import('../../shared/security/password-rule');
  return loading;
}

const DEBOUNCE_MS = 120;

/** The rule's verdict on a new password for this e-mail address ('' when not known). */
export function usePasswordVerdict(password: string, email: string): PasswordVerdict | null {
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  useEffect(() => {
    if (password === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void loadPasswordRule().then((rule) => {
        if (current) setVerdict(rule.checkPassword(password, email));
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, email]);
  // an emptied field shows nothing at once; the verdict on the next password replaces this one
  return password === '' ? null : verdict;
}
