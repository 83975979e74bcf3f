import { describe, expect, it } from 'vitest';
import { contactLabels, type LabelledContact } from './contact-labels';

const contact = (id: string, over: Partial<LabelledContact> = {}): LabelledContact => ({
  id,
  firstName: 'Erika',
  lastName: 'Mustermann',
  organization: 'Muster Webdesign GmbH',
  email: `${id}@muster-webdesign.example`,
  address: { street: 'Musterstraße 1', postalCode: '10115', city: 'Berlin' },
  ...over,
});

describe('contactLabels', () => {
  it('names organisation and person, short where nothing is alike', () => {
    const labels = contactLabels([
      contact('a'),
      contact('b', { organization: null, firstName: 'Max' }),
    ]);
    expect([...labels.values()]).toEqual([
      'Muster Webdesign GmbH – Erika Mustermann',
      'Max Mustermann',
    ]);
  });

  it('tells two contacts of one organisation apart by person, then by e-mail', () => {
    const labels = contactLabels([
      contact('a'),
      contact('b', { firstName: 'Jonas', lastName: 'Weber' }),
      contact('c'),
      contact('d', { organization: 'Andere GmbH' }),
    ]);
    expect(labels.get('a')).toBe(
      'Muster Webdesign GmbH – Erika Mustermann (a@muster-webdesign.example)',
    );
    expect(labels.get('b')).toBe('Muster Webdesign GmbH – Jonas Weber');
    expect(labels.get('c')).toBe(
      'Muster Webdesign GmbH – Erika Mustermann (c@muster-webdesign.example)',
    );
    expect(labels.get('d')).toBe('Andere GmbH – Erika Mustermann');
  });

  it('never gives two contacts the same label, even with the same name and e-mail', () => {
    const same = { email: 'info@muster-webdesign.example' };
    const labels = contactLabels([
      contact('a', same),
      contact('b', {
        ...same,
        address: { street: 'Hafenweg 2', postalCode: '20457', city: 'Hamburg' },
      }),
      contact('c', same),
    ]);
    expect(new Set(labels.values()).size).toBe(3);
    expect(labels.get('b')).toContain('Hafenweg 2, Hamburg');
  });
});
