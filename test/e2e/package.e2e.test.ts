// split-ship as its users install it: `npm pack`, the tarball installed in a fresh project
// outside this tree, its `split-ship-emulator` bin serving the pages and the API on one origin
// under a strict Content-Security-Policy with Trusted Types. In Chromium, each way of using it
// (the define entry bundled as ESM, the single file in a plain module script with its SRI hash,
// the React entry) loads the emulator's checkout and completes a split, with no CSP or Trusted
// Types violation. The tarball's contents and its custom elements manifest are checked too.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';
import { guideFiles } from '../support/guides.js';
import { announced, locked, pack, sh } from './package-support.js';
import { destination, fillAddress, london, sanFrancisco, until } from './support.js';

const pages = fileURLToPath(new URL('./installed/', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'split-ship-installed-'));
const project = join(work, 'project');
const site = join(project, 'public');
let packed: { filename: string; files: { path: string }[] };
let emulator: ChildProcess;
let origin: string;
let browser: Browser;
let integrity: string;
let headlessIntegrity: string;
let stencilPage: (cartId: string) => string;
let customPage: (checkoutId: string) => string;

const policy = (hash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${hash}`,
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

before(async () => {
  // 1. Pack (prepack builds) and install in a project that cannot see this tree.
  packed = pack(work);
  mkdirSync(site, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-theme', private: true, type: 'module' }));
  sh('npm', ['install', '--prefer-offline', '--no-package-lock', join(work, packed.filename), locked('react'), locked('react-dom'), locked('esbuild'), locked('typescript'), locked('@types/react')], project);

  // 2. The pages: an app bundle of the define entry, the single file, a React page.
  for (const file of ['esm.js', 'single.js', 'headless.js', 'react.jsx', 'page.js']) copyFileSync(join(pages, file), join(project, file));
  const esbuild = join(project, 'node_modules', '.bin', 'esbuild');
  sh(esbuild, ['esm.js', '--bundle', '--format=esm', '--minify', '--outfile=public/esm.bundle.js'], project);
  sh(esbuild, ['react.jsx', '--bundle', '--format=esm', '--minify', '--jsx=automatic', '--define:process.env.NODE_ENV="production"', '--outfile=public/react.bundle.js'], project);
  copyFileSync(join(project, 'node_modules', 'split-ship', 'dist', 'split-ship.js'), join(site, 'split-ship.js'));
  copyFileSync(join(project, 'node_modules', 'split-ship', 'dist', 'split-ship-headless.js'), join(site, 'split-ship-headless.js'));
  copyFileSync(join(project, 'single.js'), join(site, 'single.js'));
  copyFileSync(join(project, 'headless.js'), join(site, 'headless.js'));
  copyFileSync(join(project, 'page.js'), join(site, 'page.js'));
  const hash = (file: string) => `sha384-${createHash('sha384').update(readFileSync(join(site, file))).digest('base64')}`;
  integrity = hash('split-ship.js');
  headlessIntegrity = hash('split-ship-headless.js');
  const template = readFileSync(join(pages, 'page.html'), 'utf8');
  const page = (name: string, scripts: string, markup = '') => writeFileSync(join(site, name), template.replace('<!--SCRIPTS-->', scripts).replace('<!--MARKUP-->', markup));
  page('esm.html', '<script type="module" src="esm.bundle.js"></script>');
  page('single.html', `<script type="module" src="split-ship.js" integrity="${integrity}" crossorigin="anonymous"></script>\n    <script type="module" src="single.js"></script>`, '<split-ship></split-ship>');
  page('react.html', '<script type="module" src="react.bundle.js"></script>');
  page('headless.html', `<script type="module" src="split-ship-headless.js" integrity="${headlessIntegrity}" crossorigin="anonymous"></script>\n    <script type="module" src="headless.js"></script>`, '<split-ship></split-ship>');
  page('headless-with-rest.html', `<script type="module" src="split-ship-headless.js" integrity="${headlessIntegrity}" crossorigin="anonymous"></script>\n    <script type="module" src="single.js"></script>`, '<split-ship></split-ship>');
  page('rest-with-graphql.html', `<script type="module" src="split-ship.js" integrity="${integrity}" crossorigin="anonymous"></script>\n    <script type="module" src="headless.js"></script>`, '<split-ship></split-ship>');

  // The guides' code (docs/guides/), written out as a reader would.
  const stencil = guideFiles('stencil-cart-page.md');
  const partial = Handlebars.compile(stencil['templates/components/cart/split-ship.html']!);
  Handlebars.registerHelper('cdn', (path: string) => `/${path}`);
  mkdirSync(join(site, 'assets', 'js'), { recursive: true });
  copyFileSync(join(site, 'split-ship.js'), join(site, 'assets', 'js', 'split-ship.js'));
  writeFileSync(join(project, 'stencil-partial.hbs'), partial.toString());
  stencilPage = (cartId: string) => {
    const html = partial({ cart_id: cartId, locale_name: 'en', urls: { checkout: { multiple_address: '/checkout.php?action=multiple' } } }).replace('sha384-…', integrity);
    writeFileSync(join(site, `stencil-${cartId}.html`), template.replace('<!--SCRIPTS-->', '').replace('<!--MARKUP-->', html));
    return `stencil-${cartId}.html`;
  };
  const custom = guideFiles('custom-checkout.md');
  writeFileSync(join(project, 'checkout.js'), custom['checkout.js']!);
  sh(esbuild, ['checkout.js', '--bundle', '--format=esm', '--minify', '--outfile=public/checkout.js'], project);
  customPage = (checkoutId: string) => {
    writeFileSync(join(site, `checkout-${checkoutId}.html`), template.replace('<!--SCRIPTS-->', '').replace('<!--MARKUP-->', custom['checkout.html']!.replace('{{checkout.id}}', checkoutId)));
    return `checkout-${checkoutId}.html`;
  };
  const theming = guideFiles('theming-and-languages.md');
  writeFileSync(join(site, 'theme.css'), theming['theme.css']!);
  writeFileSync(join(project, 'languages.js'), theming['languages.js']!);
  sh(esbuild, ['languages.js', '--bundle', '--format=esm', '--minify', '--outfile=public/languages.js'], project);
  page('theming.html', '<link rel="stylesheet" href="theme.css" />\n    <script type="module" src="languages.js"></script>\n    <script type="module" src="single.js"></script>', '<split-ship locale="fr"></split-ship>');
  const headless = guideFiles('headless-proxy.md');
  writeFileSync(join(project, 'proxy.mjs'), headless['proxy.mjs']!);
  writeFileSync(join(project, 'storefront.html'), headless['storefront.html']!);

  // 3. The installed bin serves them beside the API, under the policy.
  emulator = spawn(join(project, 'node_modules', '.bin', 'split-ship-emulator'), ['--port', '0', '--static', site, '--header', `Content-Security-Policy: ${policy(`'${integrity}' '${headlessIntegrity}'`)}`], { cwd: project });
  origin = await announced(emulator, /listening on (http:\/\/\S+)/);
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs });
});


after(async () => {
  await browser?.close();
  emulator?.kill();
  rmSync(work, { recursive: true, force: true });
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, origin), { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : null });
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`);
  return (await response.json()) as T;
}

/** A cart of 2 mugs and a beanie, as a theme's cart page has one. */
async function cart(): Promise<string> {
  const { products: catalog } = await api<{ products: { name: string; id: number; variants: { id: number }[] }[] }>('GET', '/__emulator/catalog');
  const line = (name: string, quantity: number) => {
    const product = catalog.find((p) => p.name === name)!;
    return { productId: product.id, variantId: product.variants[0]!.id, quantity };
  };
  return (await api<{ id: string }>('POST', '/api/storefront/carts', { lineItems: [line('Orbit Ceramic Mug', 2), line('Merino Wool Beanie', 1)] })).id;
}

/** Opens a page with the policy's violations recorded, splits the cart across two addresses. */
async function splitOn(
  file: string | ((checkoutId: string) => string),
  done: (page: Page, checkoutId: string) => Promise<void> = (page) => page.getByRole('status').filter({ hasText: 'Ready for payment: 2 destinations' }).waitFor({ timeout: 30_000 }),
  at = origin,
): Promise<{ page: Page; violations: string[]; checkoutId: string }> {
  const checkoutId = await cart();
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(typeof file === 'string' ? `${at}/${file}?checkout=${checkoutId}&cart=${checkoutId}` : `${at}/${file(checkoutId)}`);
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
  await fillAddress(destination(page, 1), sanFrancisco);
  await fillAddress(destination(page, 2), london);
  await destination(page, 1).getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('1');
  await destination(page, 2).getByRole('button', { name: 'Ship all remaining here' }).click();
  await done(page, checkoutId);
  return { page, violations, checkoutId };
}

/** The store has both destinations, each with a shipping option (what its own checkout shows). */
async function storeHasTheSplit(checkoutId: string): Promise<void> {
  await until('the store has two consignments, each with an option', async () => {
    const checkout = await api<{ consignments: { selectedShippingOption?: unknown }[] }>('GET', `/api/storefront/checkouts/${checkoutId}`);
    return checkout.consignments.length === 2 && checkout.consignments.every((c) => c.selectedShippingOption);
  });
}

async function consignmentCities(checkoutId: string): Promise<string[]> {
  const checkout = await api<{ consignments: { address: { city: string } }[] }>('GET', `/api/storefront/checkouts/${checkoutId}`);
  return checkout.consignments.map((c) => c.address.city).sort();
}

describe('the packed package, installed in a fresh project', () => {
  it('holds the built files, the manifest, README and licence, and no tests, demo, sources or source maps', () => {
    const files = packed.files.map((f) => f.path);
    for (const wanted of ['dist/split-ship-headless.js', 'dist/define.js', 'dist/define.d.ts', 'dist/index.js', 'dist/react/index.js', 'dist/split-ship.js', 'dist/emulator/cli.js', 'dist/components/split-ship/split-ship.js', 'custom-elements.json', 'README.md', 'LICENSE', 'package.json', 'docs/guides/stencil-cart-page.md']) {
      assert.ok(files.includes(wanted), `the tarball has ${wanted}`);
    }
    const unwanted = files.filter((f) => /^(test|demo|src|bench|scripts)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts'));
    assert.deepEqual(unwanted, []);
  });

  it('its declarations type a strict TypeScript app: the element, its events, the React props; mistakes are caught', () => {
    copyFileSync(join(pages, 'typed.tsx'), join(project, 'typed.tsx'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false },
        files: ['typed.tsx'],
      }),
    );
    // skipLibCheck off: the published .d.ts files must compile too, not only be found.
    sh(join(project, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], project);
  });

  it('the define entry, bundled by an app, completes a split under a strict CSP with Trusted Types', async () => {
    const { page, violations, checkoutId } = await splitOn('esm.html');
    assert.deepEqual(violations, []);
    assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);
    await page.close();
  });

  it('the single file in a plain module script with its integrity hash completes a split under the same policy', async () => {
    const { page, violations, checkoutId } = await splitOn('single.html');
    assert.deepEqual(violations, []);
    assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);

    // The manifest, found as editors find it (package.json `customElements`), names every
    // attribute, public property, event, part and custom property.
    const installed = join(project, 'node_modules', 'split-ship');
    const { customElements: manifestPath } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { customElements: string };
    const manifest = JSON.parse(readFileSync(join(installed, manifestPath), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; members?: { name: string; privacy?: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[] }[];
    };
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'split-ship')!;
    const seen = await page.evaluate(() => {
      const widget = document.querySelector('split-ship')!;
      const parts = new Set<string>();
      for (const el of widget.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
        for (const name of (el.getAttribute('part') ?? '').split(/\s+/)) if (name) parts.add(name);
        for (const pair of (el.getAttribute('exportparts') ?? '').split(',')) if (pair.trim()) parts.add(pair.split(':').pop()!.trim());
      }
      return { attributes: (customElements.get('split-ship') as unknown as { observedAttributes: string[] }).observedAttributes, parts: [...parts] };
    });
    const names = (list?: { name: string }[]) => new Set((list ?? []).map((x) => x.name));
    for (const attribute of seen.attributes.filter((a) => a !== 'lang' && a !== 'dir')) assert.ok(names(element.attributes).has(attribute), `attribute ${attribute}`);
    for (const part of seen.parts) assert.ok(names(element.cssParts).has(part), `part ${part}`);
    for (const event of ['split-ship-change', 'split-ship-complete', 'split-ship-error']) assert.ok(names(element.events).has(event), `event ${event}`);
    for (const property of ['checkoutId', 'locale', 'apiHost', 'service', 'complete', 'refresh', 'checkValidity', 'reportValidity']) assert.ok(names(element.members).has(property), `member ${property}`);
    assert.ok([...names(element.cssProperties)].filter((p) => p.startsWith('--split-ship-')).length >= 10, 'its custom properties');
    await page.close();
  });

  it('the React entry renders in a React page, takes the checkout id as a prop and reports completion through onSplitShipComplete', async () => {
    const { page, violations, checkoutId } = await splitOn('react.html');
    assert.deepEqual(violations, []);
    assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);
    await page.close();
  });

  it('the headless single file completes a split over the GraphQL Storefront API under the same policy', async () => {
    const { endpoint, storefrontToken } = await api<{ endpoint: string; storefrontToken: string }>('GET', '/__emulator/graphql');
    const { page, violations, checkoutId } = await splitOn((id) => `headless.html?checkout=${id}&endpoint=${encodeURIComponent(new URL(endpoint, origin).href)}&token=${storefrontToken}`);
    assert.deepEqual(violations, []);
    assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);
    const log = await api<{ requests: { path: string }[] }>('GET', `/__emulator/requests?checkoutId=${checkoutId}`);
    assert.ok(log.requests.some((r) => r.path === '/graphql'), 'it spoke GraphQL');
    await page.close();
  });

  it('the REST single file given graphql-endpoint says to load the headless file, and sends nothing', async () => {
    const checkoutId = await cart();
    const page = await browser.newPage();
    await page.goto(`${origin}/rest-with-graphql.html?checkout=${checkoutId}&endpoint=${encodeURIComponent(`${origin}/graphql`)}&token=t`);
    await page.getByText('split-ship.js speaks the REST API only. Load split-ship-headless.js to use graphql-endpoint.').waitFor();
    const log = await api<{ requests: unknown[] }>('GET', `/__emulator/requests?checkoutId=${checkoutId}`);
    assert.equal(log.requests.length, 0);
    await page.close();
  });

  it('the headless single file carries no checkout SDK, and given no graphql-endpoint says to load split-ship.js, and sends nothing', async () => {
    // The SDK sends this header on every request; its name is in the SDK's code and nowhere else.
    assert.equal(readFileSync(join(site, 'split-ship-headless.js'), 'utf8').includes('X-Checkout-SDK-Version'), false);
    const checkoutId = await cart();
    const page = await browser.newPage();
    await page.goto(`${origin}/headless-with-rest.html?checkout=${checkoutId}`);
    await page.getByText('split-ship-headless.js speaks the GraphQL Storefront API only.', { exact: false }).waitFor();
    const log = await api<{ requests: unknown[] }>('GET', `/__emulator/requests?checkoutId=${checkoutId}`);
    assert.equal(log.requests.length, 0);
    await page.close();
  });

  it('the bin explains itself', () => {
    const help = spawnSync(join(project, 'node_modules', '.bin', 'split-ship-emulator'), ['--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--static DIR/);
  });
});

describe('the guides in docs/guides, their code run as written', () => {
  it('Stencil cart page: the partial with {{cart_id}}, the single file from the theme assets with its SRI hash, then on to the store checkout', async () => {
    const { page, violations, checkoutId } = await splitOn(stencilPage, (_, id) => storeHasTheSplit(id));
    assert.deepEqual(violations, []);
    assert.equal(await page.getByRole('link', { name: 'Check out' }).getAttribute('href'), '/checkout.php?action=multiple');
    assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);
    await page.close();
  });

  it("custom checkout: the page's CheckoutService shared through `service`, on to payment on completion", async () => {
    const { page, violations } = await splitOn(customPage, async (p) => {
      const toPayment = p.getByRole('button', { name: 'Continue to payment' });
      await until('Continue is enabled', async () => (await toPayment.getAttribute('aria-disabled')) === 'false');
      await toPayment.click();
      await p.getByRole('heading', { name: 'Payment (shipping to 2 addresses)' }).waitFor();
    });
    assert.deepEqual(violations, []);
    // The heading counted the consignments from the page's own service: the one the widget wrote through.
    assert.equal(await page.evaluate(() => (document.querySelector('split-ship') as unknown as { service: { getState(): { data: { getConsignments(): unknown[] } } } }).service.getState().data.getConsignments().length), 2);
    await page.close();
  });

  it('headless proxy: the guide\'s Node proxy in front of the store, the widget with api-host, every API call through the proxy', async () => {
    const proxy = spawn(process.execPath, ['proxy.mjs'], { cwd: project, env: { ...process.env, STORE_URL: origin, PORT: '0' } });
    try {
      const at = await announced(proxy, /storefront on (http:\/\/\S+)/);
      const { page, checkoutId } = await splitOn('', (_, id) => storeHasTheSplit(id), at);
      assert.deepEqual(await consignmentCities(checkoutId), ['London', 'San Francisco']);
      const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/api/storefront/') || n.includes('/internalapi/')));
      assert.ok(entries.length > 0);
      assert.deepEqual(entries.filter((n) => !n.startsWith(`${at}/bigcommerce/`)), [], 'every API call goes through the proxy prefix');
      await page.close();
    } finally {
      proxy.kill();
    }
  });

  it('theming and languages: the theme CSS reaches the parts, and a registered French table is used', async () => {
    const checkoutId = await cart();
    const page = await browser.newPage();
    await page.goto(`${origin}/theming.html?checkout=${checkoutId}`);
    await page.getByRole('radio', { name: 'Livrer à plusieurs adresses' }).check();
    const add = page.getByRole('button', { name: 'Ajouter une destination' });
    assert.equal(await add.evaluate((el) => getComputedStyle(el).textTransform), 'uppercase');
    const card = page.getByRole('article').first();
    assert.equal(await card.evaluate((el) => getComputedStyle(el).borderInlineStartWidth), '4px');
    assert.match(await card.evaluate((el) => getComputedStyle(el).fontFamily), /Georgia/);
    await page.close();
  });
});
