/** The ticket just opened, so its thread can say so (once) after the form navigated there. */
import { create } from 'zustand';

interface CreatedNotice {
  ticketId: string | null;
  number: string | null;
  set: (ticketId: string, number: string) => void;
  clear: () => void;
}

export const useCreatedNotice = create<CreatedNotice>()((set) => ({
  ticketId: null,
  number: null,
  set: (ticketId, number) => set({ ticketId, number }),
  clear: () => set({ ticketId: null, number: null }),
}));
