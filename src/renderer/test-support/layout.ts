/**
 * jsdom lays nothing out: every size is 0, so a virtualized list would show no rows. This
 * gives the invoice table's scroll container a height, as a browser would; the cleanup takes
 * the stub away again.
 */
export function stubListLayout({ viewport = 600 } = {}): () => void {
  const proto = HTMLElement.prototype;
  const saved = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('invoice-table__scroll') ? viewport : 0;
    },
  });
  return () => {
    if (saved) Object.defineProperty(proto, 'clientHeight', saved);
    else delete (proto as unknown as Record<string, unknown>).clientHeight;
  };
}
