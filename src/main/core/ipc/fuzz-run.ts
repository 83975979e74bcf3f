/**
 * What the fuzz and fault suites share: short or long (KC_SOAK=1, `npm run test:soak`), the
 * seed (KC_FUZZ_SEED to replay one; fast-check prints it with any failure), and the figures
 * a long run prints.
 */
export const SOAK = process.env.KC_SOAK === '1';

export const FUZZ_SEED = Number.isSafeInteger(Number(process.env.KC_FUZZ_SEED))
  ? Number(process.env.KC_FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);

/** Counters by name, printed as one line in the long run (and on request). */
export class Figures {
  private readonly counts = new Map<string, number>();

  constructor(private readonly suite: string) {}

  add(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  line(): string {
    const parts = [...this.counts].map(([name, count]) => `${name}=${count}`);
    return `${this.suite} (seed ${FUZZ_SEED}): ${parts.join(', ')}`;
  }

  /** in the long run: the figures for the soak summary */
  print(): void {
    if (SOAK) console.log(this.line());
  }
}
