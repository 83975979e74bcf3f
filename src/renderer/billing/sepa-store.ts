/**
 * "SEPA-Lastschriftmandat": the guided form and the revocation. Whatever the person typed
 * survives an error, except the password, which is asked for again.
 */
import { create } from 'zustand';
import type { SepaMandate } from '../../shared/billing';
import { checkBic, checkIban, normalizeIban } from '../../shared/billing-rules';
import { splitError, type FieldErrors } from '../components/form-errors';
import { AppError, call } from '../ipc';
import { mandatesStore, overviewStore, paymentMethodsStore } from './billing-stores';

export type SepaField = 'accountHolder' | 'iban' | 'bic' | 'consent' | 'password';
const FIELDS: readonly SepaField[] = ['accountHolder', 'iban', 'bic', 'consent', 'password'];

export type SepaNotice = 'created' | 'revoked';

interface SepaStore {
  accountHolder: string;
  /** as shown: groups of four */
  iban: string;
  bic: string;
  consent: boolean;
  password: string;
  /** the person has left the field once: from then on its live check speaks up */
  ibanTouched: boolean;
  bicTouched: boolean;
  pending: boolean;
  formError: AppError | null;
  fieldErrors: FieldErrors<SepaField>;
  /** counts refused submits: each one moves focus to the first field to fix */
  refused: number;
  notice: SepaNotice | null;
  revokePending: boolean;
  revokeError: AppError | null;
  setAccountHolder: (value: string) => void;
  setIban: (value: string) => void;
  setBic: (value: string) => void;
  setConsent: (value: boolean) => void;
  setPassword: (value: string) => void;
  touch: (field: 'iban' | 'bic') => void;
  submit: () => Promise<void>;
  /** resolves true once the mandate is revoked (or already was) */
  revoke: (id: string) => Promise<boolean>;
  clearRevokeError: () => void;
}

const initial = {
  accountHolder: '',
  iban: '',
  bic: '',
  consent: false,
  password: '',
  ibanTouched: false,
  bicTouched: false,
  pending: false,
  formError: null,
  fieldErrors: {},
  refused: 0,
  notice: null,
  revokePending: false,
  revokeError: null,
} satisfies Partial<SepaStore>;

/** The field errors a form holds before it is sent; i18n keys. */
export function checkSepaForm(form: {
  accountHolder: string;
  iban: string;
  bic: string;
  consent: boolean;
  password: string;
}): FieldErrors<SepaField> {
  const errors: FieldErrors<SepaField> = {};
  if (form.accountHolder.trim() === '')
    errors.accountHolder = 'errors.field.account_holder_required';
  if (normalizeIban(form.iban) === '') errors.iban = 'errors.field.required';
  else if (checkIban(form.iban)) errors.iban = 'errors.field.iban_invalid';
  if (form.bic.trim() !== '' && checkBic(form.bic)) errors.bic = 'errors.field.bic_invalid';
  if (!form.consent) errors.consent = 'errors.field.consent_required';
  if (form.password === '') errors.password = 'errors.field.required';
  return errors;
}

/** Show what a write changed at once; sync's next 'data:changed' brings the server's word. */
function mirrorCreated(mandate: SepaMandate): void {
  const mandates = mandatesStore.use.getState().cached?.data;
  if (mandates) {
    mandatesStore.put({
      ...mandates,
      mandates: [mandate, ...mandates.mandates.filter((m) => m.id !== mandate.id)],
    });
  } else {
    void mandatesStore.load();
  }
  // the contract: a new mandate makes direct debit the current method
  const methods = paymentMethodsStore.use.getState().cached?.data;
  if (methods) paymentMethodsStore.put({ ...methods, current: 'sepa_direct_debit' });
  const overview = overviewStore.use.getState().cached?.data;
  if (overview) overviewStore.put({ ...overview, mandate, paymentMethod: 'sepa_direct_debit' });
}

function mirrorRevoked(id: string): void {
  const mandates = mandatesStore.use.getState().cached?.data;
  if (mandates) {
    const revokedAt = new Date().toISOString();
    mandatesStore.put({
      ...mandates,
      mandates: mandates.mandates.map((m) =>
        m.id === id ? { ...m, status: 'revoked' as const, revokedAt } : m,
      ),
    });
  }
  // the contract: without a mandate, direct debit falls back to bank transfer
  const methods = paymentMethodsStore.use.getState().cached?.data;
  if (methods?.current === 'sepa_direct_debit') {
    paymentMethodsStore.put({ ...methods, current: 'bank_transfer' });
  }
  const overview = overviewStore.use.getState().cached?.data;
  if (overview) {
    overviewStore.put({
      ...overview,
      mandate: null,
      paymentMethod:
        overview.paymentMethod === 'sepa_direct_debit' ? 'bank_transfer' : overview.paymentMethod,
    });
  }
}

export const useSepaStore = create<SepaStore>()((set, get) => {
  const clearField = (field: SepaField) => {
    const { [field]: _dropped, ...rest } = get().fieldErrors;
    return rest;
  };
  return {
    ...initial,
    setAccountHolder: (accountHolder) =>
      set({ accountHolder, fieldErrors: clearField('accountHolder'), notice: null }),
    setIban: (iban) => set({ iban, fieldErrors: clearField('iban'), notice: null }),
    setBic: (bic) => set({ bic, fieldErrors: clearField('bic'), notice: null }),
    setConsent: (consent) => set({ consent, fieldErrors: clearField('consent'), notice: null }),
    setPassword: (password) => set({ password, fieldErrors: clearField('password') }),
    touch: (field) => set(field === 'iban' ? { ibanTouched: true } : { bicTouched: true }),

    submit: async () => {
      const form = get();
      if (form.pending) return;
      const fieldErrors = checkSepaForm(form);
      if (Object.keys(fieldErrors).length > 0) {
        set({
          fieldErrors,
          formError: null,
          ibanTouched: true,
          bicTouched: true,
          notice: null,
          refused: form.refused + 1,
        });
        return;
      }
      set({ pending: true, fieldErrors: {}, formError: null, notice: null });
      const bic = normalizeIban(form.bic);
      try {
        const mandate = await call('sepa:create', {
          accountHolder: form.accountHolder.trim(),
          iban: normalizeIban(form.iban),
          ...(bic ? { bic } : {}),
          consent: true,
          password: form.password,
        });
        set({ ...initial, notice: 'created' });
        mirrorCreated(mandate);
      } catch (thrown) {
        const error = AppError.from(thrown);
        const split = splitError(error, FIELDS);
        set({
          pending: false,
          password: '',
          formError: split.formError,
          fieldErrors: split.fieldErrors,
          refused: get().refused + 1,
        });
        if (error.messageKey === 'errors.mandate_exists') void mandatesStore.load();
      }
    },

    revoke: async (id) => {
      if (get().revokePending) return false;
      set({ revokePending: true, revokeError: null, notice: null });
      try {
        await call('sepa:revoke', { id });
      } catch (thrown) {
        const error = AppError.from(thrown);
        if (error.messageKey !== 'errors.mandate_revoked') {
          set({ revokePending: false, revokeError: error });
          return false;
        }
      }
      set({ revokePending: false, notice: 'revoked' });
      mirrorRevoked(id);
      return true;
    },
    clearRevokeError: () => set({ revokeError: null }),
  };
});

/** Back to an empty form (on leaving the screen, and in tests). */
export function resetSepaStore(): void {
  useSepaStore.setState(initial);
}
