/**
 * Labels for picking a contact: "Muster Webdesign GmbH – Erika Mustermann", made longer only
 * where two would read alike (then the e-mail, then the address, then a running number), so two
 * different contacts never look the same in a list.
 */

export interface LabelledContact {
  id: string;
  firstName: string;
  lastName: string;
  organization: string | null;
  email: string;
  address?: { street: string; postalCode: string; city: string };
}

const baseLabel = (c: LabelledContact): string => {
  const name = `${c.firstName} ${c.lastName}`.trim();
  return [c.organization?.trim(), name].filter((part) => part).join(' – ');
};

const steps: ((c: LabelledContact, label: string) => string)[] = [
  (c, label) => `${label} (${c.email})`,
  (c, label) => (c.address ? `${label}, ${c.address.street}, ${c.address.city}` : label),
];

/** A label per contact id, no two alike. */
export function contactLabels(contacts: readonly LabelledContact[]): Map<string, string> {
  const labels = new Map(contacts.map((c) => [c.id, baseLabel(c)]));
  const alike = () => {
    const count = new Map<string, number>();
    for (const label of labels.values()) count.set(label, (count.get(label) ?? 0) + 1);
    return contacts.filter((c) => (count.get(labels.get(c.id)!) ?? 0) > 1);
  };
  for (const step of steps) {
    for (const c of alike()) labels.set(c.id, step(c, labels.get(c.id)!));
  }
  const seen = new Map<string, number>();
  for (const c of alike()) {
    const label = labels.get(c.id)!;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    labels.set(c.id, `${label} · ${n}`);
  }
  return labels;
}
