/**
 * IPv4 and IPv6 addresses, parsed by hand: shared code runs in the renderer too, so node:net
 * is not at hand (a part of the DNS rules, dns-rules.ts).
 */

// ---------------------------------------------------------------------------------------------
// addresses

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Dotted-quad IPv4, each part 0–255 in decimal without leading zeros. */
export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return false;
    for (let i = 0; i < part.length; i++) if (!isDigit(part.charCodeAt(i))) return false;
    if (part.length > 1 && part.charCodeAt(0) === 48) return false;
    if (Number(part) > 255) return false;
  }
  return true;
}

/**
 * The eight 16-bit groups of an IPv6 address (RFC 4291 text forms: full, `::` compressed,
 * an IPv4 tail), or null. No zone index (`%eth0`) and no prefix length.
 */
export function parseIPv6(text: string): number[] | null {
  if (text.length < 2 || text.length > 45) return null;
  const double = text.indexOf('::');
  if (double !== -1 && text.indexOf('::', double + 1) !== -1) return null;
  const head = double === -1 ? text : text.slice(0, double);
  const tail = double === -1 ? '' : text.slice(double + 2);
  const headGroups = parseGroups(head, double === -1);
  const tailGroups = parseGroups(tail, true);
  if (!headGroups || !tailGroups) return null;
  // an IPv4 tail belongs to the last part only
  if (double !== -1 && headGroups.ipv4) return null;
  const count = headGroups.groups.length + tailGroups.groups.length;
  if (double === -1) return count === 8 ? headGroups.groups : null;
  if (count > 7) return null;
  return [...headGroups.groups, ...new Array<number>(8 - count).fill(0), ...tailGroups.groups];
}

function parseGroups(
  text: string,
  mayEndInIPv4: boolean,
): { groups: number[]; ipv4: boolean } | null {
  if (text === '') return { groups: [], ipv4: false };
  const parts = text.split(':');
  const groups: number[] = [];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] ?? '';
    if (p === parts.length - 1 && mayEndInIPv4 && part.includes('.')) {
      if (!isIPv4(part)) return null;
      const [a = 0, b = 0, c = 0, d = 0] = part.split('.').map(Number);
      groups.push(a * 256 + b, c * 256 + d);
      return { groups, ipv4: true };
    }
    if (part.length === 0 || part.length > 4) return null;
    for (let i = 0; i < part.length; i++) if (!isHex(part.charCodeAt(i))) return null;
    groups.push(parseInt(part, 16));
  }
  return { groups, ipv4: false };
}

export function isIPv6(text: string): boolean {
  return parseIPv6(text) !== null;
}

export function isIPAddress(text: string): boolean {
  // a hostname has neither a colon nor a digit at its end (its TLD is never all digits)
  if (text.includes(':')) return isIPv6(text);
  return text.length > 0 && isDigit(text.charCodeAt(text.length - 1)) && isIPv4(text);
}
