// Browser tests: Chromium (Debian's, or CHROME_PATH) driven by Playwright, TypeScript compiled by
// esbuild with the project's tsconfig (legacy decorators), and the Storefront API emulator
// mounted on the same origin so the real checkout SDK reaches it over real HTTP.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromiumArgs, requireChromium } from './scripts/chromium.mjs';
import { checkoutSdkBundlePlugin, countsReporter, graphqlLoginCommand, koaFromConnect } from './scripts/wtr-plugins.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

// The emulator is TypeScript and Node-only; tsx compiles it for this process.
const { createEmulator } = await tsImport('./src/emulator/index.ts', import.meta.url);
// Emulator-side errors (a 500 it answers) are printed, so a failing browser test shows their cause.
const emulator = createEmulator({ seed: 1, log: (line) => console.error(`[emulator] ${line}`) });

export default {
  rootDir,
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Each test file gets its own page and browser context (own cookies, own cart), so files run
  // in parallel; two at a time suits a two-core machine.
  concurrency: Math.min(4, Math.max(1, availableParallelism())),
  concurrentBrowsers: 1,
  testsFinishTimeout: 5 * 60_000,
  testFramework: {
    config: { timeout: 20_000 },
  },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
    }),
  ],
  middleware: [koaFromConnect((req, res, next) => emulator.middleware(req, res, next))],
  plugins: [
    checkoutSdkBundlePlugin({ rootDir }),
    graphqlLoginCommand({ storefrontToken: emulator.storefrontToken }),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  // Known noise: Lit's dev-mode notice and the SDK's warning about plain-HTTP pages (the test
  // server is http://localhost).
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && /Lit is in dev mode|should not be used on a non-HTTPS page/.test(arg)),
  reporters: [defaultReporter(), countsReporter(process.env.SPLIT_SHIP_WTR_SUMMARY)],
};
