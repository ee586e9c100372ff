// Finds the Chromium every browser-driven stage uses (web-test-runner, end-to-end tests, the
// screenshot). Nothing in this project downloads a browser of its own.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium in a container: root needs --no-sandbox, and the rest keep it
 * from calling home on a machine without internet (it retries forever otherwise).
 */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROME_PATH when set, else /usr/bin/chromium; undefined when neither exists. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}

export function missingChromiumMessage() {
  const fromEnv = process.env.CHROME_PATH;
  return [
    fromEnv
      ? `CHROME_PATH is set to ${fromEnv}, but no file is there.`
      : `No Chromium found at ${DEFAULT_CHROMIUM} and CHROME_PATH is not set.`,
    'The browser tests and the end-to-end tests need one. Install it with:',
    '',
    '    apt-get update && apt-get install -y chromium',
    '',
    'On macOS (or with Chrome for Testing), point CHROME_PATH at the binary, e.g.',
    '    CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  ].join('\n');
}

/** The Chromium path, or throws with the install command. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(missingChromiumMessage());
  return path;
}
