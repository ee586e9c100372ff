// `npm start`: the demo storefront (demo/) with the Storefront API emulator mounted on the same
// origin, so the checkout SDK reaches it exactly as it would reach a store.
// `npx vite build`: the demo's pages (`npx vite preview` serves them with the emulator). The
// library itself is built by `npm run build` (scripts/build.mjs).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';
import { createEmulator } from './src/emulator/index.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Mounts the emulator as connect middleware ahead of Vite's own (dev server and `vite preview`). */
export function emulatorPlugin(options: Parameters<typeof createEmulator>[0] = {}): Plugin {
  const mount = (server: ViteDevServer | PreviewServer) => {
    const emulator = createEmulator(options);
    server.middlewares.use((req, res, next) => emulator.middleware(req, res, next));
    server.httpServer?.once('listening', () => {
      server.config.logger.info(
        `\n  Storefront API emulator mounted: /api/storefront, /internalapi, /__emulator\n` +
          `  Management API: /stores/${emulator.storeHash}/v2  (X-Auth-Token: ${emulator.managementToken})\n` +
          `  GraphQL Storefront API: /graphql  (Authorization: Bearer ${emulator.storefrontToken})\n`,
      );
    });
    server.httpServer?.once('close', () => emulator.close());
  };
  return { name: 'split-ship-emulator', configureServer: mount, configurePreviewServer: mount };
}

export default defineConfig({
  root: fromRoot('demo'),
  publicDir: false,
  clearScreen: false,
  server: { port: 5173, fs: { allow: [root] } },
  plugins: [emulatorPlugin({ log: (line) => console.error(`[emulator] ${line}`) })],
  // The SDK's ESM build imports CommonJS packages; pre-bundle it at start-up, not on first use.
  optimizeDeps: { include: ['@bigcommerce/checkout-sdk/essential'] },
  build: {
    outDir: fromRoot('demo-dist'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: fromRoot('demo/index.html'), merchant: fromRoot('demo/merchant/index.html') } },
    // The demo bundles the whole checkout SDK (~1 MB before gzip); that is expected.
    chunkSizeWarningLimit: 1500,
  },
});
