// axe finds nothing in any state of <split-ship> — loading, load error, empty cart, one address,
// several, partly allocated, a destination in error, complete — in light and dark, left to
// right and right to left (Arabic), through the real SDK against the emulator.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SplitShip } from '../../src/index.js';
import { catalog, createCart, setFaults } from '../support/emulator-client.js';
import { cartOf, check, deepAll, fields, giveAddress, loaded, mount, type } from '../support/widget.js';

const cards = (el: SplitShip) => deepAll(el.shadowRoot!, 'split-ship-destination');
const inCard = (el: SplitShip, n: number) => cards(el)[n - 1]!.shadowRoot!;
const quantities = (el: SplitShip, n: number) => deepAll<HTMLInputElement>(inCard(el, n), 'input[role="spinbutton"]');

/** The form's submit button, whatever the language. */
function submit(root: ShadowRoot): void {
  const buttons = deepAll<HTMLButtonElement>(root, 'button[type="submit"]');
  buttons[0]!.click();
}

async function address(root: ShadowRoot, values: Record<string, string> & { state?: string; country?: string }): Promise<void> {
  // giveAddress finds fields by the store's labels (the store does not translate them) and the
  // button by its English name; submit by type instead so this works in Arabic too.
  await giveAddress(root, values).catch(() => submit(root));
}

async function audit(el: SplitShip, state: string): Promise<void> {
  await el.updateComplete;
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${state}: ${(error as Error).message}`);
  }
}

const combos = [
  { scheme: 'light', locale: 'en' },
  { scheme: 'dark', locale: 'en' },
  { scheme: 'light', locale: 'ar' },
  { scheme: 'dark', locale: 'ar' },
] as const;

describe('<split-ship> is accessible in every state', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const { scheme, locale } of combos) {
    it(`${scheme}, ${locale === 'ar' ? 'right to left' : 'left to right'}`, async function () {
      this.timeout(60_000);
      await emulateMedia({ colorScheme: scheme });

      const slow = await cartOf(2);
      await setFaults(slow, { latencyMs: 1500 });
      const loading = await mount(slow, { locale });
      await audit(loading, 'loading');

      const missing = await mount('00000000-0000-4000-8000-000000000000', { locale });
      await loaded(missing);
      await audit(missing, 'load error');

      const emptyId = await cartOf(1);
      await fetch(`/api/storefront/carts/${emptyId}`, { method: 'DELETE' });
      const empty = await mount(emptyId, { locale });
      await loaded(empty);
      await audit(empty, 'empty cart');

      const one = await mount(await cartOf(2, 1), { locale });
      await loaded(one);
      await audit(one, 'one address, its form');

      // Several: a lantern to London (the store cannot ship it there) and a mug to Austin.
      const lantern = (await catalog()).find((p) => p.cannotShipTo?.includes('GB'))!;
      const mug = (await catalog()).find((p) => p.type === 'physical' && !p.cannotShipTo?.length)!;
      const several = await mount(
        await createCart([
          { productId: lantern.id, variantId: lantern.variants[0]!.id, quantity: 1 },
          { productId: mug.id, variantId: mug.variants[0]!.id, quantity: 3 },
        ]),
        { locale },
      );
      await loaded(several);
      check(deepAll<HTMLInputElement>(several.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
      await waitUntil(() => cards(several).length === 2, 'two destinations');
      await audit(several, 'several addresses, two forms');
      await address(inCard(several, 1), fields.london);
      await address(inCard(several, 2), fields.ada);
      await waitUntil(() => quantities(several, 2).length === 2 && !inCard(several, 2).querySelector('split-ship-address-form'), 'both addresses given', { timeout: 5000 });
      type(quantities(several, 2)[1]!, '2');
      await waitUntil(() => inCard(several, 2).querySelector('split-ship-shipping-options'), 'a saved destination', { timeout: 15_000 });
      await audit(several, 'partly allocated');
      type(quantities(several, 1)[0]!, '1');
      await waitUntil(() => inCard(several, 1).querySelector('.error'), 'the London destination in error', { timeout: 15_000 });
      await audit(several, 'a destination in error');

      const done = await mount(await cartOf(1), { locale });
      await loaded(done);
      await address(inCard(done, 1), fields.grace);
      await waitUntil(() => done.complete, 'complete', { timeout: 15_000 });
      await audit(done, 'complete');
    });
  }
});
