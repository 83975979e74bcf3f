import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/products/types';
import { compareContracts, contractAsOf, summarizeContract } from './contract-resources';

const contract: Contract = {
  id: 'c1',
  contractNumber: 'V-100234-0002',
  productType: 'webhosting',
  productName: 'Webhosting Business',
  status: 'cancelled',
  startDate: '2024-03-15',
  minimumTermMonths: 12,
  renewalPeriodMonths: 12,
  noticePeriod: { unit: 'months', amount: 1 },
  priceCents: 1299,
  billingCycleMonths: 1,
  nextRenewal: null,
  endDate: '2026-03-14',
  domains: ['muster-webdesign.de'],
  cancellationRequested: false,
  description: 'Webspace',
  invoices: [],
  credentialKinds: ['ftp'],
  cancellation: null,
};

describe('contract resources', () => {
  it('summarizes a contract without its detail', () => {
    const summary = summarizeContract(contract);
    expect(summary).not.toHaveProperty('invoices');
    expect(summary).not.toHaveProperty('credentialKinds');
    expect(summary.domains).toEqual(['muster-webdesign.de']);
  });

  it('a cancelled contract has ended once its end date has passed', () => {
    expect(contractAsOf(contract, '2026-03-14').status).toBe('cancelled');
    expect(contractAsOf(contract, '2026-03-15').status).toBe('ended');
    expect(contractAsOf({ ...contract, status: 'active' }, '2027-01-01').status).toBe('active');
  });

  it('sorts by contract number like the server', () => {
    const other = { ...contract, contractNumber: 'V-100234-0001' };
    expect([contract, other].sort(compareContracts)[0]).toBe(other);
  });
});
