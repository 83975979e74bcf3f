/** The contact form as pure functions: from a contact, checks, to the IPC input. */
import { checkPostalCode } from '../../shared/address/postal-code';
import type { Contact, ContactInput, ContactKind } from '../../shared/team/types';
import { checkEmail } from '../auth/validation';
import { checkPhone, normalizePhone } from '../account/account-form';
import type { FieldErrors } from '../components/form-errors';

export interface ContactForm {
  kind: ContactKind;
  firstName: string;
  lastName: string;
  organization: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export type ContactField = keyof ContactForm;
export const CONTACT_FIELDS: readonly ContactField[] = [
  'kind',
  'organization',
  'firstName',
  'lastName',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
];

export const EMPTY_CONTACT: ContactForm = {
  kind: 'person',
  firstName: '',
  lastName: '',
  organization: '',
  email: '',
  phone: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'DE',
};

export function formFromContact(c: Contact): ContactForm {
  return {
    kind: c.kind,
    firstName: c.firstName,
    lastName: c.lastName,
    organization: c.organization ?? '',
    email: c.email,
    phone: c.phone,
    street: c.address.street,
    postalCode: c.address.postalCode,
    city: c.address.city,
    country: c.address.country,
  };
}

export function checkContactForm(form: ContactForm): FieldErrors<ContactField> {
  const errors: FieldErrors<ContactField> = {};
  const required: ContactField[] = ['firstName', 'lastName', 'street', 'postalCode', 'city'];
  if (form.kind === 'organization') required.unshift('organization');
  for (const field of required) {
    if (form[field].trim() === '') errors[field] = 'errors.field.required';
  }
  const postal = checkPostalCode(form.postalCode, form.country);
  if (!errors.postalCode && !postal.ok) errors.postalCode = 'errors.field.postal_code_invalid';
  const email = checkEmail(form.email);
  if (email) errors.email = email;
  if (normalizePhone(form.phone) === '') errors.phone = 'errors.field.required';
  else {
    const phone = checkPhone(form.phone);
    if (phone) errors.phone = phone;
  }
  return errors;
}

export function inputFromForm(form: ContactForm): ContactInput {
  return {
    kind: form.kind,
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    organization: form.kind === 'organization' ? form.organization.trim() : null,
    email: form.email.trim(),
    phone: normalizePhone(form.phone),
    address: {
      street: form.street.trim(),
      postalCode: form.postalCode.trim(),
      city: form.city.trim(),
      country: form.country,
    },
  };
}

/** "Musterfirma GmbH (Erika Mustermann)" or "Erika Mustermann". */
export function contactName(c: Pick<Contact, 'kind' | 'organization' | 'firstName' | 'lastName'>) {
  const person = `${c.firstName} ${c.lastName}`.trim();
  return c.kind === 'organization' && c.organization ? `${c.organization} (${person})` : person;
}
