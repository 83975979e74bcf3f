import { describe, expect, it } from 'vitest';
import { ApiError } from '../problem';
import { assertStrongPassword, passwordWeakness } from './password-strength';

const email = 'erika@example.de';

describe('the server uses the shared password rule', () => {
  it('accepts what the rule accepts and names what it refuses', () => {
    expect(passwordWeakness('Sonnenblume-42', email)).toBeNull();
    expect(passwordWeakness('Kurz-123', email)).toBe('too_short');
    expect(passwordWeakness('Erika@Example.de', email)).toBe('is_email');
    expect(passwordWeakness('Passwort123', email)).toBe('guessable');
  });

  it('answers 422 weak_password at the field', () => {
    let thrown: unknown;
    try {
      assertStrongPassword('qwertz12345', email, 'newPassword');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).toProblem()).toMatchObject({
      status: 422,
      code: 'weak_password',
      errors: [{ field: 'newPassword', code: 'weak_password' }],
    });
  });
});
