// The demo's own HTTP calls: the emulator's admin API and the Storefront Carts API.
// (The widget talks to the checkout itself, through the SDK or GraphQL; the page only seeds a cart for it.)
// The admin API's shapes come from the emulator itself, as types only: nothing of it is bundled.
import type { CatalogProductView as CatalogProduct, FaultsPatch, FaultsView as FaultSettings, LoggedRequest } from '../src/emulator/admin-api.js';

/** The parts of a Storefront API cart the page shows. */
export interface CartLineItem {
  id: string;
  name: string;
  sku: string;
  quantity: number;
  extendedSalePrice: number;
  options?: { name: string; value: string }[];
}

export interface Cart {
  id: string;
  currency: { code: string };
  baseAmount: number;
  cartAmount: number;
  lineItems: { physicalItems: CartLineItem[]; digitalItems: CartLineItem[] };
}

export type {
  CatalogProductView as CatalogProduct,
  FaultsView as FaultSettings,
  LoggedRequest,
  SplitKeepsId,
} from '../src/emulator/admin-api.js';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    // The emulator may be set to hold requests (timeout faults): give up as a browser would.
    signal: AbortSignal.timeout(15_000),
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = data as { title?: string; detail?: string } | undefined;
    throw new Error(`${method} ${path} → ${response.status}: ${problem?.title ?? response.statusText}${problem?.detail ? ` (${problem.detail})` : ''}`);
  }
  return data as T;
}

export const getCatalog = () => call<{ products: CatalogProduct[] }>('GET', '/__emulator/catalog').then((c) => c.products);
export const getFaults = () => call<FaultSettings>('GET', '/__emulator/faults');
export const putFaults = (settings: FaultsPatch) => call<unknown>('PUT', '/__emulator/faults', settings);
export const resetEmulator = () => call<unknown>('POST', '/__emulator/reset');
/** Where the GraphQL Storefront API answers and the storefront token it wants (what a headless page is given). */
export const getGraphqlAccess = () => call<{ endpoint: string; storefrontToken: string }>('GET', '/__emulator/graphql');
/** The request log, only the entries after `since` (a `seq`) when given. */
export const getRequests = (since = 0) =>
  call<{ requests: LoggedRequest[] }>('GET', `/__emulator/requests?since=${since}`).then((r) => r.requests);

/** The session's carts (the Storefront API answers an array; empty when there is none). */
export const getCarts = () => call<Cart[]>('GET', '/api/storefront/carts?include=lineItems.physicalItems.options,lineItems.digitalItems.options');

export interface CartLine {
  productId: number;
  variantId?: number;
  quantity: number;
}

export const createCart = (lineItems: CartLine[]) =>
  call<Cart>('POST', '/api/storefront/carts?include=lineItems.physicalItems.options,lineItems.digitalItems.options', { lineItems });

/**
 * The demo cart, chosen from whatever the catalog holds: a variant with several options, a
 * physical item with quantity 4, another physical item, and a digital item.
 */
export function demoCartLines(products: CatalogProduct[]): CartLine[] {
  const physical = products.filter((p) => p.type === 'physical');
  const withOptions = physical.find((p) => (p.variants[0]?.options.length ?? 0) >= 2) ?? physical[0];
  const others = physical.filter((p) => p !== withOptions);
  const digital = products.find((p) => p.type === 'digital');
  const line = (product: CatalogProduct | undefined, quantity: number, variantIndex = 0): CartLine[] => {
    if (!product) return [];
    const variant = product.variants[Math.min(variantIndex, product.variants.length - 1)];
    return [variant ? { productId: product.id, variantId: variant.id, quantity } : { productId: product.id, quantity }];
  };
  return [...line(withOptions, 1, 2), ...line(others[0], 4), ...line(others[1], 1), ...line(others[2], 2), ...line(digital, 1)];
}
