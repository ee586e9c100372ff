// Shared helpers for the emulator's Node tests: a real server on a random port, spoken to with fetch.
import { after, before, beforeEach } from 'node:test';
import type { Checkout } from '../../src/emulator/sdk-types.js';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulator/server.js';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  server: EmulatorServer;
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
}

/** Starts one emulator for the test file and resets it before every test. */
export function useEmulator(options: Parameters<typeof startEmulatorServer>[0] = {}): Client {
  const client = {} as Client;
  before(async () => {
    client.server = await startEmulatorServer({ port: 0, ...options });
  });
  beforeEach(() => client.server.emulator.reset());
  after(() => client.server.close());
  client.call = async (method, path, body, headers = {}) => {
    const response = await fetch(client.server.url + path, {
      method,
      headers: { Accept: 'application/vnd.bc.v1+json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  return client;
}

export const withOptions = '?include=consignments.availableShippingOptions';

export const usAddress = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: '1 Market St',
  city: 'San Francisco',
  stateOrProvinceCode: 'CA',
  countryCode: 'US',
  postalCode: '94105',
};

export const caAddress = { firstName: 'Grace', lastName: 'Hopper', address1: '1 Bay St', city: 'Toronto', stateOrProvinceCode: 'ON', countryCode: 'CA', postalCode: 'M5J 2N8' };
export const gbAddress = { firstName: 'Alan', lastName: 'Turing', address1: '1 King St', city: 'London', countryCode: 'GB', postalCode: 'SW1A 1AA' };
/** No shipping zone serves Brazil in the seeded store. */
export const brAddress = { firstName: 'Rui', lastName: 'Costa', address1: 'Av. Paulista 1', city: 'São Paulo', stateOrProvinceCode: 'SP', countryCode: 'BR', postalCode: '01310-100' };

/** A cart with a mug ×4 (Black), a skillet, a digital book: returns the checkout as the SDK would load it. */
export async function seedCart(client: Client, lineItems: unknown[] = defaultItems, extra: Record<string, unknown> = {}): Promise<Checkout> {
  const created = await client.call('POST', '/api/storefront/carts', { lineItems, ...extra });
  if (created.status !== 200) throw new Error(`cart not created: ${JSON.stringify(created.body)}`);
  return read(client, created.body.id);
}

export const defaultItems = [
  { productId: 101, variantId: 1011, quantity: 4 },
  { productId: 105, quantity: 1 },
  { productId: 115, quantity: 1 },
];

export async function read(client: Client, id: string): Promise<Checkout> {
  const reply = await client.call<Checkout>('GET', `/api/storefront/checkouts/${id}${withOptions}`);
  if (reply.status !== 200) throw new Error(`checkout not read: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export function physical(checkout: Checkout, productId: number) {
  return checkout.cart.lineItems.physicalItems.filter((i) => i.productId === productId);
}

export function firstPhysical(checkout: Checkout, productId: number) {
  const item = physical(checkout, productId)[0];
  if (!item) throw new Error(`no line item of product ${productId}`);
  return item;
}

export async function setFaults(client: Client, settings: Record<string, unknown>, checkoutId?: string): Promise<void> {
  const query = checkoutId ? `?checkoutId=${checkoutId}` : '';
  const reply = await client.call('PUT', `/__emulator/faults${query}`, settings);
  if (reply.status !== 200) throw new Error(`faults not set: ${JSON.stringify(reply.body)}`);
}

/** Units of a product each consignment holds, keyed by consignment id. */
export function unitsByConsignment(checkout: Checkout, productId: number): number[] {
  return checkout.consignments.map((c) =>
    c.lineItemIds.reduce((sum, id) => sum + (checkout.cart.lineItems.physicalItems.find((i) => i.id === id && i.productId === productId)?.quantity ?? 0), 0),
  );
}
