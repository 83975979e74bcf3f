import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/team/types';
import { compareContacts } from './team-resources';

describe('compareContacts', () => {
  it('orders as the server lists: by numeric id', () => {
    const ids = ['10', '9', '100', '2'].map((id) => ({ id }) as Contact);
    expect(ids.sort(compareContacts).map((c) => c.id)).toEqual(['2', '9', '10', '100']);
  });
});
