// A plain HTTP server around the emulator, for Node tests and the CLI.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from './index.js';
import { serveStatic, type StaticOptions } from './static-files.js';

export interface EmulatorServer {
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

export interface EmulatorServerOptions extends EmulatorOptions {
  port?: number;
  host?: string;
  /** A folder served beside the API (a theme's page on the API's origin). */
  static?: string;
  staticOptions?: StaticOptions;
}

export async function startEmulatorServer(opts: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { port = 0, host = '127.0.0.1', static: folder, staticOptions, ...options } = opts;
  const emulator = createEmulator(options);
  const files = folder ? serveStatic(folder, staticOptions) : undefined;
  const server = createServer((req, res) => emulator.middleware(req, res, files && (() => files(req, res))));
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
