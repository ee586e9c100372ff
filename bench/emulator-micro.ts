// `node --import tsx bench/emulator-micro.ts [items] [destinations] [--cpu]`: the emulator's own
// time per request on the bench's split (default 60 items to 30 places), over HTTP, no latency,
// no browser: one read, the POST of every destination, one option PUT each, with the includes the
// SDK sends. Prints the round trip and the emulator's side (arrival to the response's end) of the
// option PUTs; --cpu writes a CPU profile of this process to /tmp/emulator-micro.cpuprofile.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '../src/emulator/index.js';

const [items = 60, destinations = 30] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const emulator = createEmulator({ seed: 1 });
/** Server-side time of each storefront request: arrival to the response's finish. */
const served: { method: string; path: string; ms: number }[] = [];
const http = createServer((req, res) => {
  const t = performance.now();
  res.once('finish', () => served.push({ method: req.method ?? '', path: req.url ?? '', ms: performance.now() - t }));
  emulator.middleware(req, res);
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
const json = async <T>(r: Response): Promise<T> => {
  const text = await r.text();
  if (!r.ok) throw new Error(`${r.url} ${r.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
};
// What the SDK asks for on consignment writes (its defaults and ours).
const include = `include=${['consignments.availableShippingOptions', 'cart.lineItems.physicalItems.options', 'cart.lineItems.physicalItems.stockPosition', 'cart.lineItems.digitalItems.options', 'cart.lineItems.digitalItems.stockPosition', 'customer', 'promotions.banners'].join(',')}`;
type Checkout = { id: string; cart: { lineItems: { physicalItems: { id: string; quantity: number }[] } }; consignments: { id: string; availableShippingOptions: { id: string; isRecommended: boolean }[] }[] };
const address = (i: number) => ({ firstName: 'Shopper', lastName: `Number ${i + 1}`, address1: `${100 + i} Congress Ave`, city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701', company: '', address2: '', phone: '', customFields: [] });

async function once(dropSelections: boolean): Promise<{ post: number; selects: number[]; get: number; server: number[] }> {
  const { products } = await json<{ products: { id: number; type: string; cannotShipTo?: string[]; variants: { id: number }[] }[] }>(await fetch(`${base}/__emulator/catalog`));
  const variants = products.filter((p) => p.type === 'physical' && !p.cannotShipTo?.includes('US')).flatMap((p) => p.variants.map((v) => ({ productId: p.id, variantId: v.id })));
  const distinct = variants.slice(0, items);
  const doubled = items - distinct.length;
  const cart = await json<{ id: string }>(await fetch(`${base}/api/storefront/carts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ lineItems: distinct.map((v, i) => ({ ...v, quantity: i < doubled ? 2 * destinations : destinations })) }) }));
  const id = cart.id;
  await fetch(`${base}/__emulator/faults?checkoutId=${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ writesDropSelections: dropSelections }) });
  const cons = `${base}/api/storefront/checkouts/${id}/consignments`;
  if (doubled > 0) {
    const c = await json<Checkout>(await fetch(`${base}/api/storefront/checkout/${id}`));
    const toSplit = c.cart.lineItems.physicalItems.filter((l) => l.quantity === 2 * destinations);
    const made = await json<Checkout>(await fetch(cons, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([{ address: address(0), lineItems: toSplit.map((l) => ({ itemId: l.id, quantity: destinations })) }]) }));
    await fetch(`${cons}/${made.consignments[0]!.id}`, { method: 'DELETE' });
  }
  let t = performance.now();
  const checkout = await json<Checkout>(await fetch(`${base}/api/storefront/checkout/${id}?${include}`));
  const get = performance.now() - t;
  const lines = checkout.cart.lineItems.physicalItems;
  t = performance.now();
  const created = await json<Checkout>(await fetch(`${cons}?${include}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Array.from({ length: destinations }, (_, i) => ({ address: address(i), lineItems: lines.map((l) => ({ itemId: l.id, quantity: l.quantity / destinations })) }))) }));
  const post = performance.now() - t;
  const selects: number[] = [];
  served.length = 0;
  for (const c of created.consignments) {
    const option = c.availableShippingOptions.find((o) => o.isRecommended) ?? c.availableShippingOptions[0]!;
    t = performance.now();
    await json(await fetch(`${cons}/${c.id}?${include}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ shippingOptionId: option.id }) }));
    selects.push(performance.now() - t);
  }
  return { post, selects, get, server: served.map((x) => x.ms) };
}

const cpu = process.argv.includes('--cpu');
await once(true); // warm-up
const inspector = new Session();
if (cpu) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
  await inspector.post('Profiler.start');
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const drop of [true, false, true, false]) {
  const r = await once(drop);
  console.log(`drops ${drop ? 'on ' : 'off'}: POST ${r.post.toFixed(1)} ms, option PUT round trip median ${med(r.selects).toFixed(1)} ms, server-side median ${med(r.server).toFixed(1)} ms`);
}
if (cpu) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync('/tmp/emulator-micro.cpuprofile', JSON.stringify(profile));
}
emulator.close();
http.closeAllConnections();
http.close();
