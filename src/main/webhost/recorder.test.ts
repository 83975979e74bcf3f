import { describe, expect, it } from 'vitest';
import { createRecorder } from './recorder';

describe('web host recorder', () => {
  it('records clipboard writes, reads and clears', async () => {
    const recorder = createRecorder();
    recorder.writeText('s3cret');
    expect(await recorder.readText()).toBe('s3cret');
    recorder.clear();
    expect(recorder.snapshot()).toMatchObject({
      clipboard: '',
      clipboardOps: ['write', 'read', 'clear'],
    });
  });

  it('has no OS confirmation unless a test allows it', async () => {
    const plain = createRecorder();
    expect(plain.localAuth.available()).toBe(false);
    expect(await plain.localAuth.confirm('Zugangsdaten')).toBe(false);

    const allowing = createRecorder({ localAuth: 'allow' });
    expect(allowing.localAuth.available()).toBe(true);
    expect(await allowing.localAuth.confirm('Zugangsdaten')).toBe(true);
    expect(allowing.snapshot().localAuthPrompts).toEqual(['Zugangsdaten']);
  });
});
