/** The IPC channel names of the desktop shell's own features (see ipc.ts beside this file). */
export const DESKTOP_CHANNELS = ['network:info', 'network:test'] as const;

export type DesktopChannel = (typeof DESKTOP_CHANNELS)[number];
