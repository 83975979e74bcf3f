import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorsFromValidation, toApiError } from './problem';

describe('problem details', () => {
  it('names fields by their path, and missing properties by their own path', () => {
    expect(
      fieldErrorsFromValidation([
        { keyword: 'required', instancePath: '', params: { missingProperty: 'email' } },
        { keyword: 'required', instancePath: '/patch', params: { missingProperty: 'city' } },
        { keyword: 'maxLength', instancePath: '/patch/company', params: {} },
        { keyword: 'maxLength', instancePath: '/patch/company', params: {} },
        { keyword: 'type', instancePath: '/items/0', params: {} },
      ]),
    ).toEqual([
      { field: 'email', code: 'required' },
      { field: 'patch.city', code: 'required' },
      { field: 'patch.company', code: 'maxLength' },
      { field: 'items.0', code: 'type' },
    ]);
  });

  it('renders RFC 9457 bodies with a stable code and Retry-After', () => {
    const e = new ApiError(423, 'account_locked', { retryAfter: 30 });
    expect(e.toProblem()).toEqual({
      type: 'https://kundencenter.example/problems/account_locked',
      title: 'The account is temporarily locked',
      status: 423,
      code: 'account_locked',
      retryAfter: 30,
    });
    expect(e.headers['Retry-After']).toBe('30');
  });

  it('never turns unknown errors into client errors', () => {
    expect(toApiError(new Error('boom'))).toBeNull();
    expect(toApiError(Object.assign(new Error('x'), { statusCode: 500 }))).toBeNull();
    expect(toApiError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })?.code).toBe(
      'unsupported_media_type',
    );
  });
});
