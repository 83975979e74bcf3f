/**
 * A loopback TCP proxy that delays every chunk by a fixed time each way: a slow network.
 * `hold()` parks all traffic (connections are accepted, nothing flows) until `release()`,
 * so a benchmark can start two runs from the same moment: "now the network may answer".
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  url: string;
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

export async function startDelayProxy(targetPort: number, delayMs: number): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  let held = false;
  let parked: (() => void)[] = [];

  const later = (fn: () => void) => {
    const go = () => setTimeout(fn, delayMs);
    if (held) parked.push(go);
    else go();
  };
  const pipe = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => later(() => !to.destroyed && to.write(chunk)));
    from.on('end', () => later(() => to.end()));
    from.on('error', () => to.destroy());
  };

  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      const waiting = parked;
      parked = [];
      for (const go of waiting) go();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
