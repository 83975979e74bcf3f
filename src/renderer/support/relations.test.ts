import { describe, expect, it } from 'vitest';
import type { ContractSummary } from '../../shared/products/types';
import { relationsOf } from './NewTicketView';

const contract = {
  id: 'c1',
  productName: 'Webhosting',
  contractNumber: 'V-1',
  domains: ['alt.de'],
};

describe('relationsOf', () => {
  it('offers the domains of the Domains list, not those a contract still names', () => {
    const relations = relationsOf(
      [contract as unknown as ContractSummary],
      [{ name: 'neu.de' }, { name: 'muster.de' }],
    );
    expect(relations.domains.map((d) => d.id)).toEqual(['muster.de', 'neu.de']);
    expect(relations.contracts).toEqual([
      { kind: 'contract', id: 'c1', label: 'Webhosting (V-1)' },
    ]);
  });
});
