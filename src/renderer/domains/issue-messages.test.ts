import { describe, expect, it } from 'vitest';
import { DNS_ISSUE_CODES } from '../../shared/domains/dns-rules';
import { NAMESERVER_ISSUE_CODES } from '../../shared/domains/nameservers';
import de from '../../shared/locales/de.domains.json';
import en from '../../shared/locales/en.domains.json';

const messages = { de, en };

describe('issue messages', () => {
  for (const [lang, tree] of Object.entries(messages)) {
    it(`has a ${lang} message for every DNS issue code, using the params it names`, () => {
      const errors = tree.domains.dns.errors as Record<string, string>;
      for (const [code, params] of Object.entries(DNS_ISSUE_CODES)) {
        expect(errors[code], `${lang} domains.dns.errors.${code}`).toMatch(/\S/);
        for (const param of params as readonly string[]) {
          if (param !== 'max' && param !== 'min') continue;
          expect(errors[code], `${lang} ${code} shows {{${param}}}`).toContain(`{{${param}}}`);
        }
      }
    });

    it(`has a ${lang} message for every nameserver issue code`, () => {
      const errors = tree.domains.nameservers.errors as Record<string, string>;
      for (const code of Object.keys(NAMESERVER_ISSUE_CODES)) {
        expect(errors[code], `${lang} domains.nameservers.errors.${code}`).toMatch(/\S/);
      }
    });
  }
});
