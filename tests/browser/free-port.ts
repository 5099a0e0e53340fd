import { createServer } from 'node:net';

/** Asks the OS for an unused TCP port on 127.0.0.1 (bind to 0, read it back, release it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port the OS assigned'));
        return;
      }
      server.close(() => resolvePort(address.port));
    });
  });
}
