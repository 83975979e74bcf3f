import { describe, expect, it } from 'vitest';
import type { Clipboard } from '../ports';
import { ClipboardClearer } from './clipboard-clearer';
import { createFakeClock } from './fake-clock';

/** A clipboard like the system's: one text, which the person may replace any time. */
function fakeClipboard() {
  const state = { text: 'what the person had', clears: 0 };
  const clipboard: Clipboard = {
    writeText: (text) => {
      state.text = text;
    },
    readText: () => Promise.resolve(state.text),
    clear: () => {
      state.text = '';
      state.clears++;
    },
  };
  return { state, clipboard };
}

describe('clipboard clearing', () => {
  it('clears the copied password after 30 s when it is still there', async () => {
    const clock = createFakeClock();
    const { state, clipboard } = fakeClipboard();
    const clearer = new ClipboardClearer(clipboard, clock);
    expect(clearer.copy('s3cret-Pa55')).toBe(30);
    expect(state.text).toBe('s3cret-Pa55');
    await clock.advance(29_999);
    expect(state.text).toBe('s3cret-Pa55');
    await clock.advance(1);
    expect(state.text).toBe('');
    expect(state.clears).toBe(1);
  });

  it('leaves what the person copied meanwhile alone', async () => {
    const clock = createFakeClock();
    const { state, clipboard } = fakeClipboard();
    const clearer = new ClipboardClearer(clipboard, clock);
    clearer.copy('s3cret-Pa55');
    await clock.advance(10_000);
    state.text = 'an address the person copied';
    await clock.advance(20_000);
    expect(state.text).toBe('an address the person copied');
    expect(state.clears).toBe(0);
  });

  it('a second copy gets its own 30 s', async () => {
    const clock = createFakeClock();
    const { state, clipboard } = fakeClipboard();
    const clearer = new ClipboardClearer(clipboard, clock);
    clearer.copy('first-secret');
    await clock.advance(20_000);
    clearer.copy('second-secret');
    await clock.advance(10_000);
    expect(state.text).toBe('second-secret');
    await clock.advance(20_000);
    expect(state.text).toBe('');
  });

  it('clears at once on sign-out when the password is still there', async () => {
    const clock = createFakeClock();
    const { state, clipboard } = fakeClipboard();
    const clearer = new ClipboardClearer(clipboard, clock);
    clearer.copy('s3cret-Pa55');
    await clearer.flush();
    expect(state.text).toBe('');
    expect(clock.pending()).toBe(0);
  });

  it('clears when the clipboard cannot be read, rather than leave a password there', async () => {
    const clock = createFakeClock();
    const { state, clipboard } = fakeClipboard();
    clipboard.readText = () => Promise.reject(new Error('busy'));
    new ClipboardClearer(clipboard, clock).copy('s3cret-Pa55');
    await clock.advance(30_000);
    expect(state.clears).toBe(1);
  });
});
