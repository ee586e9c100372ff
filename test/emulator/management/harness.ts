// My router on a plain HTTP server with a small fake CheckoutRegistry: the unit boundary for the
// management API's HTTP tests (the composed emulator is exercised in the end-to-end tests).
import { createServer } from 'node:http';
import { after, before, beforeEach } from 'node:test';
import type { AddressInfo } from 'node:net';
import { createManagementRouter, type ManagementRouter } from '../../../src/emulator/management/index.js';
import type { CheckoutRegistry } from '../../../src/emulator/registry.js';
import type { Checkout } from '../../../src/emulator/sdk-types.js';
import { createShippingStore, type ShippingStore } from '../../../src/emulator/shipping/index.js';
import { sendJson } from '../../../src/emulator/http.js';

export const TOKEN = 'test-token';
export const STORE_HASH = 'teststore';

export interface Harness {
  base: string;
  api: string;
  shipping: ShippingStore;
  router: ManagementRouter;
  checkouts: Map<string, Checkout>;
  attached: Array<[string, number]>;
  latest: { id: string | undefined };
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * One harness for a test file, started before its tests and fresh before each one (seeded shipping
 * configuration, no orders, no checkouts). Read it through the returned getter.
 */
export function useHarness(): () => Harness {
  let h: Harness | undefined;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());
  beforeEach(() => {
    h!.shipping.reset();
    h!.router.reset();
    h!.checkouts.clear();
    h!.attached.length = 0;
    h!.latest.id = undefined;
  });
  return () => h!;
}

export async function startHarness(): Promise<Harness> {
  const shipping = createShippingStore();
  const checkouts = new Map<string, Checkout>();
  const attached: Array<[string, number]> = [];
  const latest = { id: undefined as string | undefined };
  const registry: CheckoutRegistry = {
    get: (id) => checkouts.get(id),
    latestId: () => latest.id,
    attachOrder: (id, orderId) => {
      attached.push([id, orderId]);
      const checkout = checkouts.get(id);
      if (checkout) checkouts.set(id, { ...checkout, orderId });
    },
    product: (id) => ({ 101: { name: 'Orbit Ceramic Mug', weight: 1.1, type: 'physical' as const }, 102: { name: 'Canvas Tote Bag', weight: 0.6, type: 'physical' as const } })[id],
  };
  const router = createManagementRouter({ token: TOKEN, storeHash: STORE_HASH, shipping, checkouts: registry });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    router(req, res, url)
      .then((handled) => {
        if (!handled) sendJson(res, 418, { unhandled: url.pathname });
      })
      .catch((error: unknown) => sendJson(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = `/stores/${STORE_HASH}/v2`;
  return {
    base,
    api,
    shipping,
    router,
    checkouts,
    attached,
    latest,
    async call(method, path, body, headers = { 'X-Auth-Token': TOKEN }) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const address = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Jane',
  lastName: 'Doe',
  company: '',
  address1: '123 Main Street',
  address2: '',
  city: 'Austin',
  stateOrProvince: 'Texas',
  stateOrProvinceCode: 'TX',
  country: 'United States',
  countryCode: 'US',
  postalCode: '78751',
  phone: '555-123-4567',
  customFields: [],
  ...overrides,
});

const lineItem = (id: string, productId: number, name: string, quantity: number, price: number) => ({
  id,
  productId,
  variantId: productId * 10 + 1,
  sku: `SKU-${productId}`,
  name,
  quantity,
  salePrice: price,
  listPrice: price,
  extendedSalePrice: price * quantity,
  extendedListPrice: price * quantity,
  options: [{ name: 'Color', nameId: 1, value: 'Black', valueId: 11 }],
});

const option = (id: string, description: string, cost: number) => ({
  id,
  type: 'shipping_flatrate',
  description,
  additionalDescription: '',
  imageUrl: '',
  cost,
  costAfterDiscount: cost,
  transitTime: '',
  isRecommended: false,
});

/**
 * A checkout split in two: 3 mugs to Austin (Flat Rate), 1 mug + 2 totes to London
 * (International Flat Rate); the mug line was split by the API into two line items.
 * Only the fields the order code reads are filled; the rest of the SDK type is not needed here.
 */
export function splitCheckout(id = 'checkout-1'): Checkout {
  const checkout = {
    id,
    orderId: undefined,
    customerMessage: '',
    customer: { id: 0, email: 'jane@example.com' },
    billingAddress: { ...address(), id: 'billing', email: 'jane@example.com' },
    coupons: [],
    cart: {
      id,
      currency: { code: 'USD' },
      discountAmount: 0,
      lineItems: {
        physicalItems: [
          lineItem('li-mug-a', 101, 'Orbit Ceramic Mug', 3, 12),
          lineItem('li-mug-b', 101, 'Orbit Ceramic Mug', 1, 12),
          lineItem('li-tote', 102, 'Canvas Tote Bag', 2, 24),
        ],
        digitalItems: [{ ...lineItem('li-ebook', 115, 'Field Guide (eBook)', 1, 9), options: [] }],
        customItems: [],
        giftCertificates: [],
      },
    },
    consignments: [
      {
        id: 'cons-austin',
        address: address(),
        shippingAddress: address(),
        lineItemIds: ['li-mug-a'],
        selectedShippingOption: option('opt-flat', 'Flat Rate', 9.95),
        availableShippingOptions: [option('opt-flat', 'Flat Rate', 9.95)],
        shippingCost: 9.95,
        handlingCost: 0,
        discounts: [],
      },
      {
        id: 'cons-london',
        address: address({ firstName: 'John', city: 'London', stateOrProvince: '', stateOrProvinceCode: '', country: 'United Kingdom', countryCode: 'GB', postalCode: 'SW1A 1AA', customFields: [{ fieldId: 'field_25', fieldValue: 'Leave with porter' }] }),
        shippingAddress: address(),
        lineItemIds: ['li-mug-b', 'li-tote'],
        selectedShippingOption: option('opt-intl', 'International Flat Rate', 24.95),
        availableShippingOptions: [option('opt-intl', 'International Flat Rate', 24.95)],
        shippingCost: 24.95,
        handlingCost: 4,
        discounts: [],
      },
    ],
  };
  return checkout as unknown as Checkout;
}
