// The store's V2 Management API (shipping zones, methods, carrier connections; orders and
// shipments) under /stores/{store_hash}/v2, plus the emulator-only routes of the store side:
//   POST /__emulator/orders        place the order of a complete checkout ({checkoutId?}, default: the latest)
//   GET  /__emulator/orders        the orders placed so far (same records as GET /orders, no token)
//   GET  /__emulator/carriers      each carrier's connection status (connected | refused | disconnected)
//   GET  /__emulator/management    {store_hash, token, base_path} for the demo's merchant panel
//
// NOTE for src/emulator/index.ts (composition):
// - Mount this router AFTER the storefront admin router, and let the admin router pass (return
//   false) on /__emulator/orders, /__emulator/carriers and /__emulator/management: they are answered here.
// - The returned router carries `reset()`, which empties the orders; POST /__emulator/reset should
//   call it next to `shipping.reset()`. ManagementDeps needs no change.
import { HttpError, problem, readJson, sendError, sendJson, type Req, type Res, type Router } from '../http.js';
import { createOrderStore, Refusal, type OrderStore } from '../orders/index.js';
import type { ManagementDeps } from '../registry.js';
import { carrierIds } from '../shipping/carriers.js';
import { handleCarrierConnection } from './carrier-connection.js';
import { notFound, v2Error } from './errors.js';
import { parseMethod } from './method-body.js';
import { parseZone } from './zone-body.js';

export type { ManagementDeps } from '../registry.js';

export interface ManagementRouter extends Router {
  /** Forget every order (the shipping configuration resets through deps.shipping.reset()). */
  reset(): void;
  readonly orders: OrderStore;
}

type Handler = (req: Req, res: Res, params: number[], url: URL) => Promise<void>;
type Routes = Array<[pattern: RegExp, methods: Partial<Record<string, Handler>>]>;

const id = '(\\d+)';

export function createManagementRouter(deps: ManagementDeps): ManagementRouter {
  const orders = createOrderStore({ storeHash: deps.storeHash, shipping: deps.shipping, products: (pid) => deps.checkouts.product(pid) });
  const { shipping } = deps;
  const prefix = `/stores/${deps.storeHash}/v2`;

  const found = <T>(value: T | undefined): T => {
    if (value === undefined) throw notFound();
    return value;
  };
  const body = async (req: Req): Promise<unknown> => {
    try {
      return await readJson(req);
    } catch {
      throw v2Error(400, 'The request body is not valid JSON.');
    }
  };
  const orderCall = <T>(call: () => T): T => {
    try {
      return call();
    } catch (error) {
      if (error instanceof Refusal) throw v2Error(error.status, error.message);
      throw error;
    }
  };

  const routes: Routes = [
    [
      /^\/shipping\/zones$/,
      {
        GET: async (_req, res) => sendJson(res, 200, shipping.zones()),
        POST: async (req, res) => sendJson(res, 201, shipping.createZone(parseZone(await body(req)))),
      },
    ],
    [
      new RegExp(`^/shipping/zones/${id}$`),
      {
        GET: async (_req, res, [zoneId]) => sendJson(res, 200, found(shipping.zone(zoneId!))),
        PUT: async (req, res, [zoneId]) => {
          const previous = found(shipping.zone(zoneId!));
          sendJson(res, 200, shipping.replaceZone(zoneId!, parseZone(await body(req), previous)));
        },
        DELETE: async (_req, res, [zoneId]) => {
          if (!shipping.deleteZone(zoneId!)) throw notFound();
          sendJson(res, 204, undefined);
        },
      },
    ],
    [
      new RegExp(`^/shipping/zones/${id}/methods$`),
      {
        GET: async (_req, res, [zoneId]) => sendJson(res, 200, found(shipping.methods(zoneId!))),
        // The spec answers a created method with 200, not 201.
        POST: async (req, res, [zoneId]) => {
          found(shipping.zone(zoneId!));
          sendJson(res, 200, shipping.createMethod(zoneId!, parseMethod(await body(req))));
        },
      },
    ],
    [
      new RegExp(`^/shipping/zones/${id}/methods/${id}$`),
      {
        GET: async (_req, res, [zoneId, methodId]) => sendJson(res, 200, found(shipping.method(zoneId!, methodId!))),
        PUT: async (req, res, [zoneId, methodId]) => {
          const previous = found(shipping.method(zoneId!, methodId!));
          sendJson(res, 200, shipping.replaceMethod(zoneId!, methodId!, parseMethod(await body(req), previous)));
        },
        DELETE: async (_req, res, [zoneId, methodId]) => {
          if (!shipping.deleteMethod(zoneId!, methodId!)) throw notFound();
          sendJson(res, 204, undefined);
        },
      },
    ],
    [
      /^\/shipping\/carrier\/connection$/,
      Object.fromEntries(
        (['PUT', 'POST', 'DELETE'] as const).map((method) => [
          method,
          async (req: Req, res: Res) => {
            handleCarrierConnection(method, shipping, await body(req));
            sendJson(res, 204, undefined);
          },
        ]),
      ),
    ],
    [/^\/orders$/, { GET: async (_req, res, _p, url) => sendJson(res, 200, page(orders.orders(), url)) }],
    [new RegExp(`^/orders/${id}$`), { GET: async (_req, res, [orderId]) => sendJson(res, 200, found(orders.order(orderId!))) }],
    [
      new RegExp(`^/orders/${id}/products$`),
      { GET: async (_req, res, [orderId], url) => sendJson(res, 200, page(found(orders.products(orderId!)), url)) },
    ],
    [
      new RegExp(`^/orders/${id}/shipping_addresses$`),
      { GET: async (_req, res, [orderId], url) => sendJson(res, 200, page(found(orders.shippingAddresses(orderId!)), url)) },
    ],
    [
      new RegExp(`^/orders/${id}/shipping_addresses/${id}$`),
      {
        GET: async (_req, res, [orderId, addressId]) =>
          sendJson(res, 200, found(found(orders.shippingAddresses(orderId!)).find((a) => a.id === addressId))),
        PUT: async (req, res, [orderId, addressId]) => {
          found(found(orders.shippingAddresses(orderId!)).find((a) => a.id === addressId));
          const input = await body(req);
          sendJson(res, 200, found(orderCall(() => orders.updateShippingAddress(orderId!, addressId!, input))));
        },
      },
    ],
    [
      new RegExp(`^/orders/${id}/shipping_addresses/${id}/shipping_quotes$`),
      {
        GET: async (_req, res, [orderId, addressId]) => {
          found(found(orders.shippingAddresses(orderId!)).find((a) => a.id === addressId));
          const quote = orders.shippingQuote(orderId!, addressId!);
          // The spec: orders without a storefront quote answer 204.
          if (quote) sendJson(res, 200, quote);
          else sendJson(res, 204, undefined);
        },
      },
    ],
    [
      new RegExp(`^/orders/${id}/shipments$`),
      {
        // The spec: 204 "No Content (No shipments exist)".
        GET: async (_req, res, [orderId], url) => {
          const list = found(orders.shipments(orderId!));
          if (list.length === 0) sendJson(res, 204, undefined);
          else sendJson(res, 200, page(list, url));
        },
        POST: async (req, res, [orderId]) => {
          const input = await body(req);
          sendJson(res, 201, found(orderCall(() => orders.createShipment(orderId!, input))));
        },
        DELETE: async (_req, res, [orderId]) => {
          if (!orders.deleteShipments(orderId!)) throw notFound();
          sendJson(res, 204, undefined);
        },
      },
    ],
    [
      new RegExp(`^/orders/${id}/shipments/count$`),
      { GET: async (_req, res, [orderId]) => sendJson(res, 200, { count: found(orders.shipments(orderId!)).length }) },
    ],
    [
      new RegExp(`^/orders/${id}/shipments/${id}$`),
      {
        GET: async (_req, res, [orderId, shipmentId]) => sendJson(res, 200, found(orders.shipment(orderId!, shipmentId!))),
        PUT: async (req, res, [orderId, shipmentId]) => {
          found(orders.shipment(orderId!, shipmentId!));
          const input = await body(req);
          sendJson(res, 200, found(orderCall(() => orders.updateShipment(orderId!, shipmentId!, input))));
        },
        DELETE: async (_req, res, [orderId, shipmentId]) => {
          if (!orders.deleteShipment(orderId!, shipmentId!)) throw notFound();
          sendJson(res, 204, undefined);
        },
      },
    ],
  ];

  async function management(req: Req, res: Res, url: URL): Promise<void> {
    const token = req.headers['x-auth-token'];
    if (token === undefined || token === '') throw v2Error(401, 'No X-Auth-Token header was supplied with the request.');
    if (token !== deps.token) throw v2Error(401, 'The X-Auth-Token supplied is not valid for this store.');
    if (!url.pathname.startsWith(`${prefix}/`)) throw notFound();
    const path = url.pathname.slice(prefix.length).replace(/\/+$/, '');
    for (const [pattern, methods] of routes) {
      const match = pattern.exec(path);
      if (!match) continue;
      const handler = methods[req.method ?? 'GET'];
      if (!handler) {
        // Carrier connections have no GET, as the spec says; any method a path lacks gets 405.
        res.setHeader('Allow', Object.keys(methods).join(', '));
        throw v2Error(405, `The ${req.method ?? ''} method is not supported for this resource. Allowed: ${Object.keys(methods).join(', ')}.`);
      }
      await handler(req, res, match.slice(1).map(Number), url);
      return;
    }
    throw notFound();
  }

  async function emulatorRoutes(req: Req, res: Res, url: URL): Promise<boolean> {
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/__emulator/orders' && req.method === 'POST') {
      const input = (await readJson(req)) as { checkoutId?: unknown } | undefined;
      const checkoutId = typeof input?.checkoutId === 'string' && input.checkoutId ? input.checkoutId : deps.checkouts.latestId();
      if (!checkoutId) throw problem(404, 'No checkout', 'No checkout exists yet: create a cart first, or pass {"checkoutId": "…"}.');
      const checkout = deps.checkouts.get(checkoutId);
      if (!checkout) throw problem(404, 'Checkout not found', `There is no checkout ${checkoutId}.`);
      try {
        const order = orders.place(checkout);
        deps.checkouts.attachOrder(checkoutId, order.id);
        sendJson(res, 201, order);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        const titles: Record<number, string> = { 409: 'Checkout already ordered', 422: 'Checkout is not complete' };
        throw problem(error.status, titles[error.status] ?? 'Cannot place the order', error.message);
      }
      return true;
    }
    if (path === '/__emulator/orders' && req.method === 'GET') {
      sendJson(res, 200, orders.orders());
      return true;
    }
    if (path === '/__emulator/carriers' && req.method === 'GET') {
      sendJson(res, 200, carrierIds.map((carrier) => ({ carrier_id: carrier, status: shipping.connectionStatus(carrier) })));
      return true;
    }
    if (path === '/__emulator/management' && req.method === 'GET') {
      sendJson(res, 200, { store_hash: deps.storeHash, token: deps.token, base_path: prefix });
      return true;
    }
    return false;
  }

  const router = async (req: Req, res: Res, url: URL): Promise<boolean> => {
    try {
      if (url.pathname.startsWith('/stores/')) {
        await management(req, res, url);
        return true;
      }
      if (url.pathname.startsWith('/__emulator/')) return await emulatorRoutes(req, res, url);
      return false;
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(res, error);
        return true;
      }
      throw error;
    }
  };
  return Object.assign(router, { reset: () => orders.reset(), orders });
}

/** V2 collections page with `page` (from 1) and `limit` (default 50, as the spec says). */
function page<T>(items: T[], url: URL): T[] {
  const limit = Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50);
  const pageNumber = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  return items.slice((pageNumber - 1) * limit, pageNumber * limit);
}
