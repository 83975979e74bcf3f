/** The Kundeninformationen form as pure functions: from the account, checks, to the patch. */
import type { Account } from '../../shared/domain';
import type { AccountPatch } from '../../shared/team/types';
import type { FieldErrors } from '../components/form-errors';
import { checkPostalCode } from '../../shared/address/postal-code';
import { normalizeVatId } from '../../shared/team/vat-id';
import { checkVat } from './vat-check';

export { normalizeVatId };

export interface AccountForm {
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  company: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
}

export type AccountField = keyof AccountForm;
export const ACCOUNT_FIELDS: readonly AccountField[] = [
  'kind',
  'firstName',
  'lastName',
  'company',
  'street',
  'postalCode',
  'city',
  'country',
  'phone',
  'vatId',
];

/** the countries offered for an address (EU neighbours first); more can be added freely */
export const COUNTRIES = [
  'DE',
  'AT',
  'CH',
  'NL',
  'BE',
  'LU',
  'FR',
  'IT',
  'ES',
  'PL',
  'DK',
  'GB',
  'US',
] as const;

const E164 = /^\+[1-9]\d{1,14}$/;

export function formFromAccount(account: Account): AccountForm {
  return {
    kind: account.kind,
    firstName: account.firstName,
    lastName: account.lastName,
    company: account.company ?? '',
    phone: account.phone ?? '',
    street: account.address.street,
    postalCode: account.address.postalCode,
    city: account.address.city,
    country: account.address.country || 'DE',
    vatId: account.vatId ?? '',
  };
}

/** "+49 (30) 123-4567" → "+49301234567": what people type around the digits goes. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s()/.-]/g, '');
}

/** The phone in E.164, or an error key; empty is allowed (no phone). */
export function checkPhone(value: string): string | undefined {
  const v = normalizePhone(value);
  if (v === '') return undefined;
  return E164.test(v) ? undefined : 'errors.field.phone_invalid';
}

/** Field errors (i18n keys) the form has before it is sent. */
export function checkAccountForm(form: AccountForm): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {};
  const required: AccountField[] = ['firstName', 'lastName', 'street', 'postalCode', 'city'];
  if (form.kind === 'company') required.push('company');
  for (const field of required) {
    if (form[field].trim() === '') errors[field] = 'errors.field.required';
  }
  const postal = checkPostalCode(form.postalCode, form.country);
  if (!errors.postalCode && !postal.ok) errors.postalCode = 'errors.field.postal_code_invalid';
  const phone = checkPhone(form.phone);
  if (phone) errors.phone = phone;
  const vat = normalizeVatId(form.vatId);
  if (vat !== '') {
    const vatError = checkVat(vat, form.country);
    if (vatError) errors.vatId = vatError;
  }
  return errors;
}

/** The patch a checked form sends: everything editable, trimmed and normalized. */
export function patchFromForm(form: AccountForm): AccountPatch {
  const phone = normalizePhone(form.phone);
  const vatId = normalizeVatId(form.vatId);
  return {
    kind: form.kind,
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    company: form.kind === 'company' ? form.company.trim() : null,
    phone: phone === '' ? null : phone,
    address: {
      street: form.street.trim(),
      postalCode: form.postalCode.trim(),
      city: form.city.trim(),
      country: form.country,
    },
    vatId: vatId === '' ? null : vatId,
  };
}
