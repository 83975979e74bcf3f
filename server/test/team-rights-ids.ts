/**
 * The rights matrix's table (team-rights.int.test.ts): for every operation with a path id, the
 * demo customer's id to ask for and a body valid enough to reach the lookup.
 */
import type { Body } from './helpers';

/** Ids of the demo customer K-100234, read once from its data. */
export interface Ids {
  invoice: string;
  mandate: string;
  invitation: string;
  user: string;
  contact: string;
  contract: string;
  credential: string;
  ticket: string;
  attachment: string;
  domain: string;
  notice: string;
  /** a live session of the demo owner (security: a session of another user is 404) */
  session: string;
}

export interface Entry {
  params: (ids: Ids) => Record<string, string>;
  /** a valid body, so the request gets past validation to the lookup */
  body?: Body;
}

export const PATH_IDS: Record<string, Entry> = {
  getInvoice: { params: (i) => ({ id: i.invoice }) },
  getInvoicePdf: { params: (i) => ({ id: i.invoice }) },
  getInvoiceEinvoice: { params: (i) => ({ id: i.invoice }) },
  revokeSepaMandate: { params: (i) => ({ id: i.mandate }) },
  revokeInvitation: { params: (i) => ({ id: i.invitation }) },
  updateUser: { params: (i) => ({ id: i.user }), body: { rights: [] } },
  removeUser: { params: (i) => ({ id: i.user }) },
  getContact: { params: (i) => ({ id: i.contact }) },
  updateContact: { params: (i) => ({ id: i.contact }), body: { firstName: 'Mallory' } },
  deleteContact: { params: (i) => ({ id: i.contact }) },
  getContract: { params: (i) => ({ id: i.contract }) },
  listContractInvoices: { params: (i) => ({ id: i.contract }) },
  getContractCredentials: { params: (i) => ({ id: i.contract }) },
  resetContractCredential: { params: (i) => ({ id: i.contract, credentialId: i.credential }) },
  getCancellationOptions: { params: (i) => ({ id: i.contract }) },
  createCancellation: {
    params: (i) => ({ id: i.contract }),
    body: {
      kind: 'ordinary',
      endDate: '2099-12-31',
      requestedBy: 'Mallory',
      confirmationEmail: 'mallory@example.org',
      closingCompany: false,
    },
  },
  revokeCancellation: { params: (i) => ({ id: i.contract }) },
  getCancellationReceipt: { params: (i) => ({ id: i.contract }) },
  getTicket: { params: (i) => ({ id: i.ticket }) },
  markTicketRead: { params: (i) => ({ id: i.ticket }) },
  postTicketMessage: { params: (i) => ({ id: i.ticket }), body: { body: 'Hallo' } },
  closeTicket: { params: (i) => ({ id: i.ticket }) },
  getAttachment: { params: (i) => ({ id: i.attachment }) },
  getDomain: { params: (i) => ({ name: i.domain }) },
  updateDomain: { params: (i) => ({ name: i.domain }), body: { autoRenew: false } },
  setDomainContacts: {
    params: (i) => ({ name: i.domain }),
    body: { owner: '1', admin: '1', tech: '1', zone: '1' },
  },
  createAuthCode: { params: (i) => ({ name: i.domain }) },
  getDnsZone: { params: (i) => ({ name: i.domain }) },
  putDnsZone: { params: (i) => ({ name: i.domain }), body: { records: [] } },
  getNotice: { params: (i) => ({ id: i.notice }) },
  endSession: { params: (i) => ({ id: i.session }) },
  createOnlinePayment: { params: (i) => ({ id: i.invoice }), body: { method: 'paypal' } },
  getDomainRenewal: { params: (i) => ({ name: i.domain }) },
  renewDomain: { params: (i) => ({ name: i.domain }), body: { action: 'renew', grossCents: 0 } },
};
