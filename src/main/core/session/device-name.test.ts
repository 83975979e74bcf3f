import { describe, expect, it } from 'vitest';
import { deviceName } from './device-name';

describe('deviceName', () => {
  it('names the app, the host and the operating system', () => {
    expect(deviceName('electron', 'linux')).toBe('Kundencenter Desktop · Linux');
    expect(deviceName('electron', 'darwin')).toBe('Kundencenter Desktop · macOS');
    expect(deviceName('electron', 'win32')).toBe('Kundencenter Desktop · Windows');
    expect(deviceName('web', 'linux')).toBe('Kundencenter Desktop (Web-Host) · Linux');
    expect(deviceName('electron', 'aix')).toBe('Kundencenter Desktop · aix');
  });
});
