// The Storefront API routes the checkout SDK calls, behind the seeded faults and the request log.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { cartView, checkoutJson, parseInclude } from './checkout-view.js';
import type { Checkouts } from './checkouts.js';
import { shippingCountries } from './countries.js';
import type { CustomerAccessTokens } from './customer-tokens.js';
import { internalCustomerBody, signedIn, type Customers } from './customers.js';
import type { Faults } from './faults.js';
import { HttpError, problem, readJson, sendError, sendJson, type Router } from './http.js';
import type { RequestLog } from './request-log.js';
import { checkoutSettings, formFields } from './store-config.js';

/** BigCommerce's storefront session cookie; the emulator keeps the session's cart under it. */
export const sessionCookie = 'SHOP_SESSION_TOKEN';

interface Context {
  url: URL;
  params: string[];
  body: unknown;
  include: Set<string>;
  session: string | undefined;
  /** Starts a session when the request has none; returns its token. */
  ensureSession(): string;
}

interface Answer {
  status: number;
  body?: unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Index in params of the checkout (cart) id, for per-checkout faults and the log. */
  checkoutParam?: number;
  handle(ctx: Context): Answer;
}

export interface StorefrontDeps {
  checkouts: Checkouts;
  faults: Faults;
  log: RequestLog;
  storeHash: string;
  /** Requests that hang (timeout fault) until close() releases them. */
  hanging: Set<ServerResponse>;
  /** session token → its cart id */
  sessions: Map<string, string>;
  customers: Customers;
  /** session token → the id of the customer signed in on it */
  sessionCustomers: Map<string, number>;
  /** The GraphQL customer access tokens, which a sign-out anywhere invalidates. */
  tokens: CustomerAccessTokens;
}

const id = '([^/]+)';

export function createStorefrontRouter(deps: StorefrontDeps): Router {
  const { checkouts, faults, log, storeHash, hanging, sessions, customers, sessionCustomers, tokens } = deps;
  /** The session's cart when it still has items (sign-in attaches the customer to it). */
  const sessionCart = (session: string | undefined) => {
    const cartId = session ? sessions.get(session) : undefined;
    const record = cartId === undefined ? undefined : checkouts.find(cartId);
    return record && !record.emptied ? record : undefined;
  };
  const rulesFor = (checkoutId: string) => faults.settings(checkoutId);

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/api\/storefront\/checkout-settings$/,
      handle: ({ url, session }) => {
        const checkoutId = url.searchParams.get('checkoutId') ?? (session ? sessions.get(session) : undefined);
        return { status: 200, body: checkoutSettings(checkoutId === undefined ? { storeHash } : { storeHash, checkoutId }) };
      },
    },
    { method: 'GET', pattern: /^\/api\/storefront\/form-fields$/, handle: () => ({ status: 200, body: formFields() }) },
    {
      method: 'GET',
      pattern: new RegExp(`^/api/storefront/checkouts?/${id}$`),
      checkoutParam: 0,
      handle: ({ params, include }) => {
        const record = checkouts.require(params[0]!);
        return { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/storefront/checkouts?/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => ({ status: 200, body: checkoutJson(checkouts, checkouts.updateCheckout(params[0]!, body), include) }),
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/carts/${id}/items/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.updateCartItem(sameCart(params), params[2]!, body);
        return record.emptied ? { status: 204 } : { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/carts/${id}/items/${id}$`),
      checkoutParam: 0,
      handle: ({ params, include }) => {
        const record = checkouts.deleteCartItem(sameCart(params), params[2]!);
        // Removing the last item deletes the cart: nothing is left to answer with.
        return record.emptied ? { status: 204 } : { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/billing-address$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => ({ status: 200, body: checkoutJson(checkouts, checkouts.setBillingAddress(params[0]!, body), include) }),
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/billing-address/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => ({ status: 200, body: checkoutJson(checkouts, checkouts.setBillingAddress(params[0]!, body, params[1]!), include) }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/consignments$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.createConsignments(params[0]!, body, rulesFor(params[0]!));
        return { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/consignments/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.updateConsignment(params[0]!, params[1]!, body, rulesFor(params[0]!));
        return { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/api/storefront/checkouts/${id}/consignments/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.deleteConsignment(params[0]!, params[1]!, body, rulesFor(params[0]!));
        return { status: 200, body: checkoutJson(checkouts, record, include) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/storefront\/carts$/,
      handle: ({ session, include }) => {
        const cartId = session ? sessions.get(session) : undefined;
        const record = cartId === undefined ? undefined : checkouts.find(cartId);
        return { status: 200, body: record && !record.emptied ? [cartView(record, include, '')] : [] };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/storefront\/carts$/,
      handle: ({ body, include, ensureSession }) => {
        const record = checkouts.createCart(body);
        const session = ensureSession();
        sessions.set(session, record.id);
        // A cart started after signing in belongs to that customer.
        const account = customers.find(sessionCustomers.get(session));
        if (account) record.customer = signedIn(account);
        return { status: 200, body: cartView(record, include, '') };
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/api/storefront/carts/${id}/items$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => ({ status: 200, body: cartView(checkouts.addCartItems(params[0]!, body), include, '') }),
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/api/storefront/carts/${id}/items/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.updateCartItem(params[0]!, params[1]!, body, true);
        return record.emptied ? { status: 204 } : { status: 200, body: cartView(record, include, '') };
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/api/storefront/carts/${id}$`),
      checkoutParam: 0,
      handle: ({ params }) => {
        checkouts.deleteCart(params[0]!);
        return { status: 204 };
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/api/storefront/carts/${id}/items/${id}$`),
      checkoutParam: 0,
      handle: ({ params, body, include }) => {
        const record = checkouts.deleteCartItem(params[0]!, params[1]!, body);
        // Removing the last item deletes the cart: nothing is left to answer with.
        return record.emptied ? { status: 204 } : { status: 200, body: cartView(record, include, '') };
      },
    },
    {
      // Sign-in as the SDK's signInCustomer sends it: `{ email, password, cartId? }` (cartId for a
      // buy-now cart, else the session's cart). The SDK then reloads the checkout.
      method: 'POST',
      pattern: /^\/internalapi\/v1\/checkout\/customer$/,
      handle: ({ body, ensureSession }) => {
        const account = customers.authenticate(body);
        const session = ensureSession();
        sessionCustomers.set(session, account.id);
        const cartId = typeof body === 'object' && body !== null && 'cartId' in body && typeof body.cartId === 'string' ? body.cartId : undefined;
        const named = cartId === undefined ? undefined : checkouts.find(cartId);
        const record = named && !named.emptied ? named : sessionCart(session);
        if (record) record.customer = signedIn(account);
        return { status: 200, body: internalCustomerBody(record?.customer ?? signedIn(account)) };
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/internalapi\/v1\/checkout\/customer$/,
      handle: ({ body, session }) => {
        const signedOut = session ? sessionCustomers.get(session) : undefined;
        if (session) sessionCustomers.delete(session);
        // "A customer access token becomes invalid on all devices when you log out of a single device."
        if (signedOut !== undefined) tokens.revokeAll(signedOut);
        const cartId = typeof body === 'object' && body !== null && 'cartId' in body && typeof body.cartId === 'string' ? body.cartId : undefined;
        const named = cartId === undefined ? undefined : checkouts.find(cartId);
        for (const record of [sessionCart(session), named]) if (record) delete record.customer;
        return { status: 200, body: internalCustomerBody(undefined) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/internalapi\/v1\/shipping\/countries$/,
      handle: () => ({ status: 200, body: { data: shippingCountries() } }),
    },
  ];

  return async (req, res, url) => {
    const path = url.pathname;
    if (!path.startsWith('/api/storefront/') && !path.startsWith('/internalapi/')) return false;
    const started = performance.now();
    const candidates = routes.map((route) => ({ route, match: route.pattern.exec(path) })).filter((c) => c.match);
    const found = candidates.find((c) => c.route.method === req.method);
    const params = found ? found.match!.slice(1).map(decodeURIComponent) : [];
    const checkoutId =
      found?.route.checkoutParam !== undefined ? params[found.route.checkoutParam] : (url.searchParams.get('checkoutId') ?? undefined);
    const entry = log.start(req.method ?? 'GET', url, checkoutId);
    const finish = (status: number) => {
      entry.status = status;
      entry.durationMs = Math.round(performance.now() - started);
    };
    const answer = (status: number, body?: unknown) => {
      finish(status);
      if (status === 204) {
        res.statusCode = 204;
        res.end();
      } else sendJson(res, status, body);
    };

    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      if (error instanceof HttpError) {
        finish(error.status);
        sendError(res, error);
        return true;
      }
      throw error;
    }

    if (!found) {
      const error = candidates.length
        ? problem(405, 'Method not allowed', `${req.method} is not supported on ${path}; use ${candidates.map((c) => c.route.method).join(', ')}.`)
        : problem(404, 'Not found', `The emulator has no Storefront API route ${req.method} ${path}.`);
      finish(error.status);
      sendError(res, error);
      return true;
    }

    const isWrite = req.method !== 'GET';
    const decision = faults.decide(checkoutId, isWrite);
    if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));

    let session = readCookie(req, sessionCookie);
    const ctx: Context = {
      url,
      params,
      body,
      include: parseInclude(url),
      session,
      ensureSession: () => {
        if (!session) {
          session = randomUUID();
          res.setHeader('Set-Cookie', `${sessionCookie}=${session}; Path=/; HttpOnly; SameSite=Lax`);
        }
        return session;
      },
    };

    if (decision.fault === 'timeout') {
      entry.fault = 'timeout';
      if (isWrite) entry.applied = decision.applied;
      if (decision.applied) {
        try {
          found.route.handle(ctx);
        } catch {
          // The client never hears about it either way.
        }
      }
      finish(0);
      hanging.add(res);
      res.once('close', () => hanging.delete(res));
      return true;
    }
    if (decision.fault === 'error') {
      entry.fault = 'error';
      const error = problem(500, 'Internal Server Error', 'The emulator injected a server error (errorRate fault).');
      finish(500);
      sendError(res, error);
      return true;
    }
    if (decision.fault === 'conflict') {
      entry.fault = 'conflict';
      finish(409);
      sendJson(res, 409, {
        status: 409,
        title: 'The request cannot be processed due to a possible conflict. Please review the changes and try again.',
        type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
        detail: 'The emulator injected a conflict (conflictRate fault).',
      }, 'application/problem+json');
      return true;
    }

    try {
      if (checkoutId !== undefined) checkouts.touch(checkoutId);
      const result = found.route.handle(ctx);
      answer(result.status, result.body);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      finish(error.status);
      sendError(res, error);
    }
    return true;
  };
}

/** The checkout and cart ids of a checkout-scoped cart route, which are the same id. */
function sameCart(params: string[]): string {
  if (params[0] !== params[1]) throw problem(404, 'Cart not found', `Checkout ${params[0]} has cart ${params[0]}, not ${params[1]}.`);
  return params[0]!;
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
