// <split-ship> in other languages, mirrored for right-to-left, in dark mode, with saved addresses
// from a page's own checkout service, and keeping what the shopper typed across a reload.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import type { SplitShip } from '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import { adminCheckout } from '../support/emulator-client.js';
import { cartOf, check, control, deep, deepAll, fields, giveAddress, loaded, mount, textOf, type } from '../support/widget.js';

const destination = (el: SplitShip, n = 1) => deepAll(el.shadowRoot!, 'split-ship-destination')[n - 1]!.shadowRoot!;

describe('<split-ship> languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('renders in the language of its locale attribute, with money and numbers formatted for it', async () => {
    const el = await mount(await cartOf(2), { locale: 'es' });
    await loaded(el);
    const text = textOf(el.shadowRoot!);
    expect(text).to.include('Enviar a una sola dirección');
    await expect(el).to.be.accessible();
  });

  it("follows the document's lang, and switches when it changes", async () => {
    document.documentElement.lang = 'de';
    const el = await mount(await cartOf(2));
    await loaded(el);
    await waitUntil(() => textOf(el.shadowRoot!).includes('An eine Lieferadresse senden'), 'German');
    document.documentElement.lang = 'es';
    await waitUntil(() => textOf(el.shadowRoot!).includes('Enviar a una sola dirección'), 'then Spanish');
  });

  it('two widgets on one page keep their own languages', async () => {
    const [a, b] = [await cartOf(2), await cartOf(2)];
    const page = await fixture<HTMLElement>(html`<div>
      <split-ship checkout-id=${a} locale="de"></split-ship>
      <split-ship checkout-id=${b} locale="ar"></split-ship>
    </div>`);
    const [german, arabic] = [...page.querySelectorAll('split-ship')];
    await loaded(german!);
    await loaded(arabic!);
    expect(textOf(german!.shadowRoot!)).to.include('An eine Lieferadresse senden');
    expect(german!.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
    expect(arabic!.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(arabic!.shadowRoot!)).not.to.include('Ship to one address');
  });

  it('right-to-left: Arabic renders mirrored and stays accessible', async () => {
    const el = await mount(await cartOf(3, 1), { locale: 'ar' });
    await loaded(el);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    check(deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
    await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 2);
    const card = deep(destination(el), 'article');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    // A new address starts in the store's country, not the one the language suggests.
    expect(control<HTMLSelectElement>(deep(destination(el), 'split-ship-address-form').shadowRoot!, 'Country').value).to.equal('US');
    // The quantity's − sits at the start of the line, which is the right in rtl.
    const stepper = deep(destination(el), 'split-ship-quantity').shadowRoot!;
    const [minus, plus] = [...stepper.querySelectorAll('button')];
    expect(minus!.getBoundingClientRect().left).to.be.greaterThan(plus!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('right-to-left: what the shopper and the store wrote keeps its own direction ("500 Congress Ave", not "Congress Ave 500")', async () => {
    const el = await mount(await cartOf(1), { locale: 'ar' });
    await loaded(el);
    await giveAddress(deep(destination(el), 'split-ship-address-form').shadowRoot!, fields.ada).catch(() =>
      deepAll<HTMLButtonElement>(deep(destination(el), 'split-ship-address-form').shadowRoot!, 'button[type="submit"]')[0]!.click(),
    );
    await waitUntil(() => destination(el).querySelector('address'), 'the address is shown', { timeout: 15_000 });
    const lines = [...destination(el).querySelectorAll('address > span')];
    expect(lines.map((l) => l.textContent)).to.include('500 Congress Ave');
    // Each line is isolated (bdi): an ltr street in an rtl card reads left to right.
    for (const line of lines) expect(line.querySelector('bdi'), line.textContent!).to.exist;
    const street = lines.find((l) => l.textContent === '500 Congress Ave')!.querySelector('bdi')!;
    expect(getComputedStyle(street).direction).to.equal('ltr');
  });

  it('a theme adds a language with registerTranslation; missing keys fall back to English', async () => {
    registerTranslation('fr', { modeOne: 'Livrer à une adresse', modeMultiple: 'Livrer à plusieurs adresses' });
    const el = await mount(await cartOf(2), { locale: 'fr-CA' });
    await loaded(el);
    const text = textOf(el.shadowRoot!);
    expect(text).to.include('Livrer à une adresse');
    expect(text).to.include('How should your order ship?');
  });
});

describe('<split-ship> dark mode', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows prefers-color-scheme, and stays accessible in dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(await cartOf(2, 1));
    await loaded(el);
    const card = deep(destination(el), 'article');
    const background = getComputedStyle(card).backgroundColor;
    expect(background).not.to.equal('rgb(255, 255, 255)');
    check(deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
    await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 2);
    await expect(el).to.be.accessible();
  });

  it('a page that is always light says so with --split-ship-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(await cartOf(2));
    el.style.setProperty('--split-ship-color-scheme', 'light');
    await loaded(el);
    expect(getComputedStyle(deep(destination(el), 'article')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<split-ship> theming', () => {
  it('takes custom properties and ::part styles from the page; the page\'s own styles neither reach in nor get changed', async () => {
    const style = document.createElement('style');
    style.textContent = `
      split-ship { --split-ship-color-accent: rgb(200, 10, 90); }
      split-ship::part(destination) { outline: 4px solid rgb(1, 2, 3); }
      split-ship::part(stepper) { border-color: rgb(4, 5, 6); }
      button { color: rgb(0, 255, 0); }
    `;
    document.head.append(style);
    const outside = document.createElement('button');
    outside.textContent = 'A page button';
    document.body.append(outside);
    try {
      const el = await mount(await cartOf(2));
      await loaded(el);
      check(deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
      await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 2);
      const card = deep(destination(el), 'article');
      expect(getComputedStyle(card).outlineColor).to.equal('rgb(1, 2, 3)');
      const stepper = deep(deep(destination(el), 'split-ship-quantity').shadowRoot!, '.stepper');
      expect(getComputedStyle(stepper).borderTopColor).to.equal('rgb(4, 5, 6)');
      const number = deep(destination(el), '.number');
      expect(getComputedStyle(number).backgroundColor).to.equal('rgb(200, 10, 90)');
      const inner = control(el.shadowRoot!, 'Add destination');
      expect(getComputedStyle(inner).color).not.to.equal('rgb(0, 255, 0)');
      expect(getComputedStyle(outside).color).to.equal('rgb(0, 255, 0)');
      expect(getComputedStyle(outside).minHeight).to.equal('0px', 'the widget sets no style on the page');
    } finally {
      style.remove();
      outside.remove();
    }
  });

  it('every button and field is at least 24 px in both directions (touch targets)', async () => {
    const el = await mount(await cartOf(2));
    await loaded(el);
    check(deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
    await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 2);
    await el.updateComplete;
    const small = deepAll(el.shadowRoot!, 'button, input:not([type="radio"]):not([type="checkbox"]), select, textarea')
      .map((c) => [c, c.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(([c, r]) => `${c.tagName} ${c.getAttribute('aria-label') ?? c.textContent?.trim()} ${r.width}×${r.height}`);
    expect(small).to.deep.equal([]);
    // Radios and checkboxes sit in labels that are the target: each label is at least 24 px tall.
    const labels = deepAll(el.shadowRoot!, 'label:has(input[type="radio"]), label:has(input[type="checkbox"])').filter((l) => l.getBoundingClientRect().width > 0);
    expect(labels.filter((l) => l.getBoundingClientRect().height < 24).map((l) => l.textContent?.trim())).to.deep.equal([]);
  });
});

describe('<split-ship> with the page', () => {
  afterEach(async () => {
    await fetch('/internalapi/v1/checkout/customer', { method: 'DELETE' });
  });

  it("offers the saved addresses of a shopper the page signs in through its shared service", async () => {
    const checkoutId = await cartOf(2);
    const service = createCheckoutService();
    const el = await fixture<SplitShip>(html`<split-ship checkout-id=${checkoutId} .service=${service}></split-ship>`);
    await loaded(el);
    await service.signInCustomer({ email: 'ada@example.com', password: 'lovelace' });
    const saved = () => deepAll<HTMLInputElement>(destination(el), 'input[name="saved"]');
    await waitUntil(() => saved().length === 4, 'three saved addresses and "a new address"');
    expect(textOf(deep(destination(el), 'split-ship-address-form').shadowRoot!)).to.include('Ship to');
    // The first saved address is offered first; choosing another and using it saves exactly it.
    saved()[1]!.click();
    control(deep(destination(el), 'split-ship-address-form').shadowRoot!, 'Use this address').click();
    await waitUntil(() => el.complete, 'saved at that address', { timeout: 15_000 });
    const truth = await adminCheckout<{ consignments: { address: { city: string; company: string } }[] }>(checkoutId);
    expect(truth.consignments.map((c) => c.address.city)).to.deep.equal(['Seattle']);
    expect(truth.consignments[0]!.address.company).to.equal('Analytical Engines Ltd');
  });

  it('keeps an address being typed and a quantity not valid yet across a reload', async () => {
    const checkoutId = await cartOf(3);
    const el = await mount(checkoutId);
    await loaded(el);
    check(deepAll<HTMLInputElement>(el.shadowRoot!, 'input[name="mode"]').find((i) => i.value === 'multiple')!);
    await waitUntil(() => deepAll(el.shadowRoot!, 'split-ship-destination').length === 2);
    const formOf = (e: SplitShip) => deep(destination(e), 'split-ship-address-form').shadowRoot!;
    type(control<HTMLInputElement>(formOf(el), 'First Name'), 'Ada');
    type(control<HTMLInputElement>(formOf(el), 'Gift message'), 'For you 🎁');
    const quantity = control<HTMLInputElement>(destination(el, 2), /^Quantity of/);
    type(quantity, '2.5');
    await waitUntil(() => quantity.getAttribute('aria-invalid') === 'true');

    // The page reloads: a new element on the same checkout, sessionStorage kept.
    el.remove();
    const again = await fixture<SplitShip>(html`<split-ship checkout-id=${checkoutId}></split-ship>`);
    await loaded(again);
    await waitUntil(() => deepAll(again.shadowRoot!, 'split-ship-destination').length === 2, 'both destinations come back');
    expect(deepAll<HTMLInputElement>(again.shadowRoot!, 'input[name="mode"]').find((i) => i.checked)!.value).to.equal('multiple');
    expect(control<HTMLInputElement>(formOf(again), 'First Name').value).to.equal('Ada');
    expect(control<HTMLInputElement>(formOf(again), 'Gift message').value).to.equal('For you 🎁');
    const restored = control<HTMLInputElement>(destination(again, 2), /^Quantity of/);
    expect(restored.value).to.equal('2.5');
    expect(restored.getAttribute('aria-invalid')).to.equal('true');
  });
});
