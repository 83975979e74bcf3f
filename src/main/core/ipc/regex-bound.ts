/**
 * How long, and how costly in JSON, a string matching an anchored pattern can be: `^\d{6}$`
 * is at most 6 UTF-16 units of 1 byte each. Enough of the regex syntax for the IPC table's
 * patterns (literals, escapes, classes, groups, alternation, quantifiers); whatever it does
 * not understand counts as unbounded, which only ever makes the frame limit stricter to prove.
 */

export interface RegexBound {
  /** most UTF-16 units of a full match (Infinity: unbounded or not understood) */
  maxUnits: number;
  /** most bytes one unit costs in UTF-8 JSON (1 printable ASCII … 6 for a `\uXXXX` escape) */
  bytesPerUnit: number;
}

const UNBOUNDED: RegexBound = { maxUnits: Infinity, bytesPerUnit: 6 };

/** JSON bytes of one character: printable ASCII 1, `"` and `\` 2, other BMP 3, controls 6. */
function charCost(code: number): number {
  if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) return 6;
  if (code === 0x22 || code === 0x5c) return 2;
  return code < 0x80 ? 1 : 3;
}

interface Atom {
  units: number;
  cost: number;
}

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /** a sequence of alternatives up to `)` or the end */
  alternation(): Atom {
    let best = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      best = { units: Math.max(best.units, next.units), cost: Math.max(best.cost, next.cost) };
    }
    return best;
  }

  private sequence(): Atom {
    let units = 0;
    let cost = 0;
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified(this.atom());
      units += atom.units;
      if (atom.units > 0) cost = Math.max(cost, atom.cost);
    }
    return { units, cost };
  }

  private atom(): Atom {
    const char = this.source[this.at++]!;
    switch (char) {
      case '^':
      case '$':
        return { units: 0, cost: 0 };
      case '.':
        return { units: this.unicode ? 2 : 1, cost: 6 };
      case '[':
        return this.charClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape(false);
      default: {
        const code = this.source.codePointAt(this.at - 1)!;
        if (code > 0xffff) this.at++;
        return { units: code > 0xffff ? 2 : 1, cost: charCost(code > 0xffff ? 0xd800 : code) };
      }
    }
  }

  private group(): Atom {
    let zeroWidth = false;
    if (this.source[this.at] === '?') {
      const kind = this.source.slice(this.at + 1, this.at + 3);
      zeroWidth = /^(=|!|<=|<!)/.test(kind);
      if (kind.startsWith('<') && !zeroWidth) this.at = this.source.indexOf('>', this.at) + 1;
      else this.at += kind.startsWith('<') ? 3 : 2;
      if (this.at <= 0) throw new Error('unclosed group name');
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    return zeroWidth ? { units: 0, cost: 0 } : inner;
  }

  /** one character of a class or an escape outside one */
  private escape(inClass: boolean): Atom {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error('trailing backslash');
    if ('dw'.includes(char)) return { units: 1, cost: 1 };
    if ('DWsS'.includes(char)) return { units: this.unicode ? 2 : 1, cost: 6 };
    if ('pP'.includes(char)) {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return { units: 2, cost: 6 };
    }
    if (!inClass && 'bB'.includes(char)) return { units: 0, cost: 0 };
    if (!inClass && /[1-9k]/.test(char)) throw new Error('back-reference');
    if (char === 'x') return this.hex(2);
    if (char === 'u') {
      if (this.source[this.at] === '{') {
        const end = this.source.indexOf('}', this.at);
        const code = parseInt(this.source.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return { units: code > 0xffff ? 2 : 1, cost: charCost(code > 0xffff ? 0xd800 : code) };
      }
      return this.hex(4);
    }
    if (char === 'c') {
      this.at++;
      return { units: 1, cost: 6 };
    }
    const named: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    return { units: 1, cost: charCost(named[char] ?? char.charCodeAt(0)) };
  }

  private hex(digits: number): Atom {
    const code = parseInt(this.source.slice(this.at, this.at + digits), 16);
    this.at += digits;
    return { units: 1, cost: charCost(code) };
  }

  private charClass(): Atom {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let units = 1;
    let cost = 0;
    while (this.source[this.at] !== ']') {
      if (this.done()) throw new Error('unclosed class');
      const char = this.source[this.at++]!;
      const member: Atom =
        char === '\\'
          ? this.escape(true)
          : { units: 1, cost: charCost(this.source.codePointAt(this.at - 1)!) };
      if (char !== '\\' && this.source.codePointAt(this.at - 1)! > 0xffff) {
        this.at++;
        member.units = 2;
        member.cost = 6;
      }
      units = Math.max(units, member.units);
      cost = Math.max(cost, member.cost);
    }
    this.at++;
    return negated ? { units: this.unicode ? 2 : 1, cost: 6 } : { units, cost };
  }

  private quantified(atom: Atom): Atom {
    const next = this.source[this.at];
    let times = 1;
    if (next === '*' || next === '+') {
      this.at++;
      times = Infinity;
    } else if (next === '?') {
      this.at++;
    } else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (match) {
        this.at += match[0].length;
        times = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
      }
    }
    if (times !== 1 && this.source[this.at] === '?') this.at++; // lazy
    return { units: atom.units === 0 ? 0 : atom.units * times, cost: atom.cost };
  }
}

/** The bound of a pattern that must match a whole string (`^…$`); else unbounded. */
export function regexBound(pattern: RegExp): RegexBound {
  const source = pattern.source;
  if (pattern.multiline || !source.startsWith('^') || !/(^|[^\\])\$$/.test(source)) {
    return UNBOUNDED;
  }
  try {
    const parser = new Parser(source, /[uv]/.test(pattern.flags));
    const bound = parser.alternation();
    if (!parser.done()) return UNBOUNDED;
    // a top-level "|" would leave one side unanchored: only a single sequence is trusted
    if (hasTopLevelAlternation(source)) return UNBOUNDED;
    return { maxUnits: bound.units, bytesPerUnit: Math.max(1, bound.cost) };
  } catch {
    return UNBOUNDED;
  }
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}
