import { beforeEach, describe, expect, it, vi } from 'vitest';

const v8 = vi.hoisted(() => ({ setFlagsFromString: vi.fn() }));
vi.mock('node:v8', () => v8);

describe('preferSmallHeap', () => {
  beforeEach(() => {
    vi.resetModules();
    v8.setFlagsFromString.mockClear();
  });

  it('asks V8 to optimise for size', async () => {
    const { preferSmallHeap } = await import('./heap');
    preferSmallHeap();
    expect(v8.setFlagsFromString).toHaveBeenCalledWith('--optimize-for-size');
  });

  it('sets the flag once however often it is called', async () => {
    const { preferSmallHeap } = await import('./heap');
    preferSmallHeap();
    preferSmallHeap();
    expect(v8.setFlagsFromString).toHaveBeenCalledTimes(1);
  });
});
