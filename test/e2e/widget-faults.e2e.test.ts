// The same split as widget.e2e.test.ts, with the emulator's faults on (latency, 5xx, timeouts,
// 409s) and every store behaviour the API leaves open: the order ends the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { admin, allocate, demo, destination, giveThreeAddresses, items, openDemo, placeOrder, signIn, until, useDemo, wanted } from './widget-support.js';
import { waitForShippingComplete } from './support.js';

useDemo();

const behaviours = [
  { splitKeepsId: 'assigned', putRemovesItems: true, writesDropSelections: true },
  { splitKeepsId: 'remainder', putRemovesItems: false, writesDropSelections: false },
  { splitKeepsId: 'perUnit', putRemovesItems: false, writesDropSelections: true },
] as const;

describe('the split under faults', () => {
  for (const behaviour of behaviours) {
    it(`ends as the shopper said under latency, 5xx, timeouts and 409s, when ${JSON.stringify(behaviour)}`, async () => {
      const { page } = demo;
      await openDemo();
      // Signed in first: the faults are for the widget's requests (a failed sign-in is the demo's).
      await signIn();
      await admin('PUT', '/__emulator/faults', { latencyMs: 60, jitterMs: 40, errorRate: 0.12, timeoutRate: 0.03, conflictRate: 0.12, seed: 7, ...behaviour });
      await giveThreeAddresses();
      await allocate();
      // Then the shopper moves a mug from London to Austin: saved destinations change.
      await destination(page, 3).getByRole('spinbutton', { name: items.mug }).fill('0');
      await destination(page, 1).getByRole('spinbutton', { name: items.mug }).fill('3');
      const continueButton = page.getByRole('button', { name: 'Continue to payment' });
      // Retries can run out under heavy faults: the shopper presses "Try again", as the widget offers.
      await until(
        'everything is saved',
        async () => {
          for (const retry of await page.getByRole('button', { name: /^Try again/ }).all()) await retry.click({ timeout: 1000 }).catch(() => undefined);
          return (await continueButton.getAttribute('aria-disabled')) === 'false';
        },
        180_000,
      );
      await admin('PUT', '/__emulator/faults', { latencyMs: 0, jitterMs: 0, errorRate: 0, timeoutRate: 0, conflictRate: 0 });
      await waitForShippingComplete(page);
      assert.deepEqual(await placeOrder(), { ...wanted, Austin: { 'Trail Running Shoes': 1, 'Orbit Ceramic Mug': 3 }, London: { 'Merino Wool Beanie': 2 } });
    });
  }
});
