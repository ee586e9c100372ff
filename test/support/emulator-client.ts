// Browser-side helpers for tests that drive the emulator's admin API over HTTP (same origin).
import type { CatalogProductView, FaultsPatch, LoggedRequest } from '../../src/emulator/admin-api.js';

export type { CatalogProductView as CatalogProduct, FaultsPatch as FaultSettings, LoggedRequest };

export async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

let catalogCache: Promise<CatalogProductView[]> | undefined;

export function catalog(): Promise<CatalogProductView[]> {
  catalogCache ??= fetch('/__emulator/catalog')
    .then((r) => json<{ products: CatalogProductView[] }>(r))
    .then((c) => c.products);
  return catalogCache;
}

/** A new cart (its id is the checkout id); lines are [product, variant index, quantity]. */
export async function createCart(lines: readonly { productId: number; variantId?: number; quantity: number }[]): Promise<string> {
  const cart = await json<{ id: string }>(
    await fetch('/api/storefront/carts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ lineItems: lines }),
    }),
  );
  return cart.id;
}

export async function setFaults(checkoutId: string, faults: FaultsPatch): Promise<void> {
  await json(
    await fetch(`/__emulator/faults?checkoutId=${encodeURIComponent(checkoutId)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    }),
  );
}

export async function requestLog(checkoutId: string): Promise<LoggedRequest[]> {
  const body = await json<{ requests: LoggedRequest[] }>(await fetch(`/__emulator/requests?checkoutId=${encodeURIComponent(checkoutId)}`));
  return body.requests;
}

/** Consignment writes the checkout received (POST, PUT, DELETE on /consignments). */
export function consignmentWrites(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => r.method !== 'GET' && r.path.includes('/consignments'));
}

/** The checkout as the emulator holds it, without faults or logging. */
export async function adminCheckout<T>(checkoutId: string): Promise<T> {
  return json<T>(await fetch(`/__emulator/checkouts/${encodeURIComponent(checkoutId)}`));
}

export const addresses = {
  austin: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    address1: '500 Congress Ave',
    city: 'Austin',
    stateOrProvince: 'Texas',
    stateOrProvinceCode: 'TX',
    countryCode: 'US',
    postalCode: '78701',
    phone: '5125550100',
  },
  seattle: {
    firstName: 'Grace',
    lastName: 'Hopper',
    address1: '400 Broad St',
    city: 'Seattle',
    stateOrProvince: 'Washington',
    stateOrProvinceCode: 'WA',
    countryCode: 'US',
    postalCode: '98109',
    phone: '2065550100',
  },
  denver: {
    firstName: 'Alan',
    lastName: 'Turing',
    address1: '200 E Colfax Ave',
    city: 'Denver',
    stateOrProvince: 'Colorado',
    stateOrProvinceCode: 'CO',
    countryCode: 'US',
    postalCode: '80203',
    phone: '3035550100',
  },
};
