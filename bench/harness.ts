// The bench's page: a Vite server for bench/ with the emulator mounted, and Chromium on its page,
// ready to run strategies (window.splitShipBench). Shared by `npm run bench` and bench/profile.ts.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../scripts/chromium.mjs';
import { emulatorPlugin } from '../vite.config.js';

export interface BenchPage {
  readonly server: ViteDevServer;
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/** `plugins` go ahead of the emulator (a timing middleware sees every request first). */
export async function openBenchPage(plugins: Plugin[] = []): Promise<BenchPage> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [...plugins, emulatorPlugin({ seed: 1 })],
    // No watcher and no HMR: an edit anywhere in the work tree (src/ is shared with the page)
    // would otherwise reload the page mid-run.
    server: { port: 0, host: '127.0.0.1', fs: { allow: [root] }, watch: null, hmr: false },
    // Its own cache, and the SDK (the page's only bare import) prebundled before the page loads:
    // sharing the demo's cache, or discovering the dependency on the page, made Vite reload the
    // page mid-run ("Execution context was destroyed").
    cacheDir: fileURLToPath(new URL('../node_modules/.vite-bench', import.meta.url)),
    optimizeDeps: { include: ['@bigcommerce/checkout-sdk/essential'], noDiscovery: true },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  await page.goto(`${server.resolvedUrls?.local[0]}index.html`);
  await page.waitForFunction(() => window.splitShipBench !== undefined, undefined, { timeout: 60_000 });
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
