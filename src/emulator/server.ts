// A plain HTTP server around the emulator, for Node tests and the CLI.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from './index.js';

export interface EmulatorServer {
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

export async function startEmulatorServer(opts: EmulatorOptions & { port?: number; host?: string } = {}): Promise<EmulatorServer> {
  const { port = 0, host = '127.0.0.1', ...options } = opts;
  const emulator = createEmulator(options);
  const server = createServer((req, res) => emulator.middleware(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        emulator.close();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
