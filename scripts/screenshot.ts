// `npm run screenshot`: docs/demo.png for the README, taken from the running demo.
import { fileURLToPath } from 'node:url';
import { launchChromium, startDemoServer } from './demo-server.js';

const output = fileURLToPath(new URL('../docs/demo.png', import.meta.url));
const server = await startDemoServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  // Let the live log show the cart being created before the picture is taken.
  await page.getByRole('table').getByText('/api/storefront/carts').first().waitFor();
  // The shopper's checkout and the emulator's tools; the merchant panel below would make the
  // picture too tall to read in a README.
  const tools = await page.locator('.devtools__grid').boundingBox();
  const height = Math.ceil((tools?.y ?? 0) + (tools?.height ?? 900) + 24);
  await page.screenshot({ path: output, fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
}
