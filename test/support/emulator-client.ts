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

/** The REST verb a GraphQL consignment mutation stands for. */
const graphqlVerbs: Readonly<Record<string, string>> = {
  addCheckoutShippingConsignments: 'POST',
  updateCheckoutShippingConsignment: 'PUT',
  selectCheckoutShippingOption: 'PUT',
  deleteCheckoutConsignment: 'DELETE',
};

/**
 * Consignment writes the checkout received: POST, PUT, DELETE on /consignments, and the GraphQL
 * mutations as the REST verb each stands for (add = POST, update and select = PUT, delete = DELETE).
 */
export function consignmentWrites(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.flatMap((r) => {
    if (r.path === '/graphql') {
      const verb = r.operation ? graphqlVerbs[r.operation] : undefined;
      return verb ? [{ ...r, method: verb }] : [];
    }
    return r.method !== 'GET' && r.path.includes('/consignments') ? [r] : [];
  });
}

/** A request the store refused by its rules: REST's 422, GraphQL's UNPROCESSABLE_ENTITY error. */
export function refusedByRules(r: LoggedRequest): boolean {
  return r.status === 422 || (r.errorCodes ?? []).includes('UNPROCESSABLE_ENTITY');
}

/** The emulator's GraphQL endpoint and storefront token (same origin in browser tests). */
export async function graphqlAccess(): Promise<{ endpoint: string; storefrontToken: string }> {
  return json(await fetch('/__emulator/graphql'));
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
