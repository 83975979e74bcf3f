/**
 * The password rule for new passwords (registration, invitation, reset, change): the app's
 * shared rule (src/shared/security/password-rule.ts), so the live hint and the server agree.
 */
import { checkPassword, type PasswordProblem } from '../../../src/shared/security/password-rule';
import { ApiError } from '../problem';

export { MIN_PASSWORD_LENGTH } from '../../../src/shared/security/password-rule';

/** Why the password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email: string): PasswordProblem | null {
  return checkPassword(password, email).problem;
}

/** 422 weak_password at the field (`password` unless named otherwise). */
export function assertStrongPassword(password: string, email: string, field = 'password'): void {
  const problem = passwordWeakness(password, email);
  if (problem) {
    throw new ApiError(422, 'weak_password', {
      detail:
        problem === 'too_short'
          ? 'At least 10 characters.'
          : 'Too easy to guess: choose a longer password that is not your e-mail address.',
      errors: [{ field, code: 'weak_password' }],
    });
  }
}
