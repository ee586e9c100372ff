// The merchant panel's HTTP calls: the store's V2 Management API (with the emulator's demo
// token, which GET /__emulator/management hands out) and the emulator's place-order route.

export interface V2Reply<T = unknown> {
  status: number;
  body: T;
}

export interface ZoneLocation {
  id?: number;
  zip?: string;
  country_iso2?: string;
  state_iso2?: string;
}

export interface Zone {
  id: number;
  name: string;
  type: 'zip' | 'country' | 'state' | 'global';
  locations: ZoneLocation[];
  free_shipping: { enabled: boolean; minimum_sub_total: string; exclude_fixed_shipping_products: boolean };
  handling_fees: { fixed_surcharge?: string; percentage_surcharge?: string; display_separately: boolean };
  enabled: boolean;
}

export interface Method {
  id: number;
  name: string;
  type: string;
  settings: {
    rate?: number;
    default_cost?: number | null;
    default_cost_type?: string;
    range?: Array<{ lower_limit: number; upper_limit: number; shipping_cost: number }>;
    carrier_options?: { delivery_services?: string[] };
  };
  enabled: boolean;
  handling_fees: { fixed_surcharge?: number; percentage_surcharge?: number };
}

export type CarrierStatus = 'connected' | 'refused' | 'disconnected';

export interface Order {
  id: number;
  status: string;
  items_total: number;
  items_shipped: number;
  total_inc_tax: string;
  currency_code: string;
  shipping_address_count: number;
}

export interface OrderShippingAddress {
  id: number;
  first_name: string;
  last_name: string;
  street_1: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  items_total: number;
  items_shipped: number;
  shipping_method: string;
  base_cost: string;
  base_handling_cost: string;
  shipping_zone_name: string;
}

export interface OrderProduct {
  id: number;
  name: string;
  sku: string;
  quantity: number;
  quantity_shipped: number;
  order_address_id: number;
  type: 'physical' | 'digital';
}

export interface OrderShipment {
  id: number;
  order_address_id: number;
  tracking_number: string;
  shipping_provider: string;
  shipping_provider_display_name: string;
  generated_tracking_link: string;
  items: Array<{ order_product_id: number; quantity: number }>;
}

/** A V2 error body is an array of {status, message}; problem+json has title and detail. */
export function errorText(body: unknown): string {
  if (Array.isArray(body)) return body.map((e: { message?: string }) => e.message ?? '').join(' ');
  if (body && typeof body === 'object') {
    const problem = body as { title?: string; detail?: string };
    return [problem.title, problem.detail].filter(Boolean).join(': ');
  }
  return String(body ?? '');
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${status}: ${errorText(body)}`);
  }
}

async function send<T>(path: string, method: string, body: unknown, headers: Record<string, string> = {}): Promise<V2Reply<T>> {
  const response = await fetch(path, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  // 204 has no body (carrier connections, deletes, an order without shipments).
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

let credentials: Promise<{ token: string; base_path: string }> | undefined;

function management(): Promise<{ token: string; base_path: string }> {
  credentials ??= send<{ token: string; base_path: string }>('/__emulator/management', 'GET', undefined).then((reply) => reply.body);
  return credentials;
}

/** A call to the Management API; the reply as it came, refusals included (the panel shows them). */
export async function v2<T = unknown>(method: string, path: string, body?: unknown): Promise<V2Reply<T>> {
  const { token, base_path } = await management();
  return send<T>(`${base_path}${path}`, method, body, { 'X-Auth-Token': token });
}

/** Like v2(), but a 4xx/5xx throws. */
export async function v2ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const reply = await v2<T>(method, path, body);
  if (reply.status >= 400) throw new ApiError(reply.status, reply.body);
  return reply.body;
}

export async function carrierStatuses(): Promise<Record<string, CarrierStatus>> {
  const reply = await send<Array<{ carrier_id: string; status: CarrierStatus }>>('/__emulator/carriers', 'GET', undefined);
  return Object.fromEntries(reply.body.map((c) => [c.carrier_id, c.status]));
}

/** The session's cart id (= its checkout id), or undefined when the session has none. */
export async function sessionCheckoutId(): Promise<string | undefined> {
  const reply = await send<Array<{ id: string }>>('/api/storefront/carts', 'GET', undefined);
  return reply.status < 400 ? reply.body?.[0]?.id : undefined;
}

export async function placeOrder(checkoutId?: string): Promise<Order> {
  const reply = await send<Order>('/__emulator/orders', 'POST', checkoutId ? { checkoutId } : {});
  if (reply.status >= 400) throw new ApiError(reply.status, reply.body);
  return reply.body;
}
