/**
 * The one rule for new passwords (registration, invitation, reset, change): at least 10
 * characters, not the e-mail address, and a zxcvbn score of at least 3 with the German, English
 * and common dictionaries. The server decides with it; the app's main process runs the same
 * code for the live hint (`security:passwordVerdict`), so the dictionaries (about 2.5 MB) never
 * enter the renderer's bundles.
 */
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's "safely unguessable" (about 10^8 guesses and more) */
export const MIN_PASSWORD_SCORE = 3;

/** Words of this product that make a password easier to guess for anyone who knows it. */
const PRODUCT_WORDS = ['kundencenter', 'kundenkonto', 'cmo'];

export type PasswordProblem = 'too_short' | 'is_email' | 'guessable';
export type PasswordStrength = 'weak' | 'medium' | 'strong';

export interface PasswordVerdict {
  /** null: the password may be used */
  problem: PasswordProblem | null;
  /** 0–4, as zxcvbn scores it (0 when too short) */
  score: number;
  strength: PasswordStrength;
  /** zxcvbn's warning key (e.g. `similarToCommon`), for a message of our own */
  warning: string | null;
  /** zxcvbn's suggestion keys (e.g. `anotherWord`) */
  suggestions: string[];
}

let factory: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take a few hundred ms to index. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    // zxcvbn's default (100) tries so many l33t variants that a 24-character password with
    // separators takes ~0.5 s; 10 finds the same scores in a tenth of the time (table test)
    l33tMaxSubstitutions: 10,
  });
  return factory;
}

function userInputs(email: string): string[] {
  const mail = email.trim().toLowerCase();
  const local = mail.split('@')[0] ?? '';
  return [
    mail,
    local,
    ...local.split(/[._+-]/).filter((part) => part.length >= 3),
    ...PRODUCT_WORDS,
  ];
}

function strengthOf(score: number, problem: PasswordProblem | null): PasswordStrength {
  if (problem) return 'weak';
  return score >= 4 ? 'strong' : 'medium';
}

/** Judges a new password for the account with this e-mail address ('' when not known yet). */
export function checkPassword(password: string, email: string): PasswordVerdict {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return { problem: 'too_short', score: 0, strength: 'weak', warning: null, suggestions: [] };
  }
  const mail = email.trim().toLowerCase();
  const lower = password.toLowerCase();
  const local = mail.split('@')[0] ?? '';
  if (mail !== '' && (lower.includes(mail) || (local.length >= 3 && lower === local))) {
    return {
      problem: 'is_email',
      score: 0,
      strength: 'weak',
      warning: 'userInputs',
      suggestions: [],
    };
  }
  // zxcvbn's cost grows with the length; beyond 100 characters nothing is guessable anyway
  const result: ZxcvbnResult = estimator().check(password.slice(0, 100), userInputs(mail));
  const problem = result.score < MIN_PASSWORD_SCORE ? 'guessable' : null;
  return {
    problem,
    score: result.score,
    strength: strengthOf(result.score, problem),
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}
