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
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';
import { destination, fillAddress, london, sanFrancisco } from './support.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = fileURLToPath(new URL('./installed/', import.meta.url));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
const locked = (name: string) => `${name}@${lock.packages[`node_modules/${name}`]!.version}`;

function sh(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'split-ship-installed-'));
const project = join(work, 'project');
const site = join(project, 'public');
let packed: { filename: string; files: { path: string }[] };
let emulator: ChildProcess;
let origin: string;
let browser: Browser;
let integrity: string;

const policy = (hash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' '${hash}'`,
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
  // (prepack's build prints to stdout too; npm's JSON is the last thing written.)
  const out = sh('npm', ['pack', '--json', '--pack-destination', work], root);
  packed = (JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1)) as (typeof packed)[])[0]!;
  mkdirSync(site, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-theme', private: true, type: 'module' }));
  sh('npm', ['install', '--prefer-offline', '--no-package-lock', join(work, packed.filename), locked('react'), locked('react-dom'), locked('esbuild')], project);

  // 2. The pages: an app bundle of the define entry, the single file, a React page.
  for (const file of ['esm.js', 'single.js', 'react.jsx', 'page.js']) copyFileSync(join(pages, file), join(project, file));
  const esbuild = join(project, 'node_modules', '.bin', 'esbuild');
  sh(esbuild, ['esm.js', '--bundle', '--format=esm', '--minify', '--outfile=public/esm.bundle.js'], project);
  sh(esbuild, ['react.jsx', '--bundle', '--format=esm', '--minify', '--jsx=automatic', '--define:process.env.NODE_ENV="production"', '--outfile=public/react.bundle.js'], project);
  copyFileSync(join(project, 'node_modules', 'split-ship', 'dist', 'split-ship.js'), join(site, 'split-ship.js'));
  copyFileSync(join(project, 'single.js'), join(site, 'single.js'));
  copyFileSync(join(project, 'page.js'), join(site, 'page.js'));
  integrity = `sha384-${createHash('sha384').update(readFileSync(join(site, 'split-ship.js'))).digest('base64')}`;
  const template = readFileSync(join(pages, 'page.html'), 'utf8');
  const page = (name: string, scripts: string, markup = '') => writeFileSync(join(site, name), template.replace('<!--SCRIPTS-->', scripts).replace('<!--MARKUP-->', markup));
  page('esm.html', '<script type="module" src="esm.bundle.js"></script>');
  page('single.html', `<script type="module" src="split-ship.js" integrity="${integrity}" crossorigin="anonymous"></script>\n    <script type="module" src="single.js"></script>`, '<split-ship></split-ship>');
  page('react.html', '<script type="module" src="react.bundle.js"></script>');

  // 3. The installed bin serves them beside the API, under the policy.
  emulator = spawn(join(project, 'node_modules', '.bin', 'split-ship-emulator'), ['--port', '0', '--static', site, '--header', `Content-Security-Policy: ${policy(integrity)}`], { cwd: project });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    emulator.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = out.match(/listening on (http:\/\/\S+)/)?.[1];
      if (url) resolve(url);
    });
    emulator.once('exit', (code) => reject(new Error(`split-ship-emulator exited (${code}): ${out}`)));
  });
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
async function splitOn(file: string): Promise<{ page: Page; violations: string[]; checkoutId: string }> {
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
  await page.goto(`${origin}/${file}?checkout=${checkoutId}`);
  await page.getByRole('radio', { name: 'Ship to multiple addresses' }).check();
  await fillAddress(destination(page, 1), sanFrancisco);
  await fillAddress(destination(page, 2), london);
  await destination(page, 1).getByRole('spinbutton', { name: /^Quantity of Orbit Ceramic Mug/ }).fill('1');
  await destination(page, 2).getByRole('button', { name: 'Ship all remaining here' }).click();
  await page.getByRole('status').filter({ hasText: 'Ready for payment: 2 destinations' }).waitFor({ timeout: 30_000 });
  return { page, violations, checkoutId };
}

async function consignmentCities(checkoutId: string): Promise<string[]> {
  const checkout = await api<{ consignments: { address: { city: string } }[] }>('GET', `/api/storefront/checkouts/${checkoutId}`);
  return checkout.consignments.map((c) => c.address.city).sort();
}

describe('the packed package, installed in a fresh project', () => {
  it('holds the built files, the manifest, README and licence, and no tests, demo, sources or source maps', () => {
    const files = packed.files.map((f) => f.path);
    for (const wanted of ['dist/define.js', 'dist/define.d.ts', 'dist/index.js', 'dist/react/index.js', 'dist/split-ship.js', 'dist/emulator/cli.js', 'dist/components/split-ship/split-ship.js', 'custom-elements.json', 'README.md', 'LICENSE', 'package.json']) {
      assert.ok(files.includes(wanted), `the tarball has ${wanted}`);
    }
    const unwanted = files.filter((f) => /^(test|demo|src|bench|scripts)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts'));
    assert.deepEqual(unwanted, []);
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

    // The manifest names every attribute, public property, event, part and custom property.
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'split-ship', 'custom-elements.json'), 'utf8')) as {
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

  it('the bin explains itself', () => {
    const help = spawnSync(join(project, 'node_modules', '.bin', 'split-ship-emulator'), ['--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--static DIR/);
  });
});
