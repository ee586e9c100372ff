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
  await page.screenshot({ path: output, fullPage: true });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
}
