// The Storefront Checkout API emulator: connect-style middleware answering the admin API
// (/__emulator), the Storefront API the checkout SDK calls (/api/storefront, /internalapi) and
// the store's management API (/stores/{hash}/v2). Node only; never part of the browser bundle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAdminRouter } from './admin.js';
import { createCatalog } from './catalog.js';
import { checkoutView } from './checkout-view.js';
import { Checkouts } from './checkouts.js';
import { CustomerAccessTokens } from './customer-tokens.js';
import { Customers } from './customers.js';
import { Faults } from './faults.js';
import { createGraphqlRouter } from './graphql/router.js';
import { HttpError, problem, sendError, type Router } from './http.js';
import { createManagementRouter } from './management/index.js';
import type { CheckoutRegistry } from './registry.js';
import { RequestLog } from './request-log.js';
import { createShippingStore } from './shipping/index.js';
import { createStorefrontRouter } from './storefront.js';

export interface EmulatorOptions {
  seed?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Default 'split-ship-demo-token'. */
  managementToken?: string;
  /** Default 'splitship'. */
  storeHash?: string;
  /** The storefront token POST /graphql requires as `Authorization: Bearer …` (default: a fixed emulator token). */
  storefrontToken?: string;
  /** Origins /graphql answers CORS for (the token's allowed_cors_origins); none by default. */
  corsOrigins?: readonly string[];
  /** How long a customer access token from `login` lives (default one day). */
  customerAccessTokenTtlSeconds?: number;
  /** The clock customer access tokens expire by, in ms (default Date.now; tests move it). */
  now?: () => number;
  log?: (line: string) => void;
}

export interface Emulator {
  /** Connect-style middleware: answers the emulator's routes, calls next() for anything else. */
  middleware(req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void;
  /** Fresh state: carts, checkouts, faults, request log, shipping config, orders. */
  reset(): void;
  /** Releases any hanging (timeout-fault) requests. */
  close(): void;
  readonly managementToken: string;
  readonly storeHash: string;
  readonly storefrontToken: string;
  readonly corsOrigins: readonly string[];
}

/** A JWT-shaped storefront token naming the origins it allows (the emulator checks it by equality). */
export function emulatorStorefrontToken(corsOrigins: readonly string[]): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'split-ship-emulator', cid: [1], cors: corsOrigins })}.emulator`;
}

const allIncludes = new Set(['consignments.availableShippingOptions', 'cart.lineItems.physicalItems.options', 'cart.lineItems.digitalItems.options']);

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const seed = options.seed ?? 1;
  const managementToken = options.managementToken ?? 'split-ship-demo-token';
  const storeHash = options.storeHash ?? 'splitship';
  const corsOrigins = [...(options.corsOrigins ?? [])];
  const storefrontToken = options.storefrontToken ?? emulatorStorefrontToken(corsOrigins);
  const catalog = createCatalog();
  const shipping = createShippingStore();
  const checkouts = new Checkouts(catalog, shipping);
  const faults = new Faults(seed);
  const log = new RequestLog();
  const hanging = new Set<ServerResponse>();
  const sessions = new Map<string, string>();
  const customers = new Customers();
  const sessionCustomers = new Map<string, number>();
  const tokens = new CustomerAccessTokens({
    ...(options.customerAccessTokenTtlSeconds === undefined ? {} : { ttlSeconds: options.customerAccessTokenTtlSeconds }),
    ...(options.now ? { now: options.now } : {}),
  });

  const startFaults = () => {
    const initial: { latencyMs?: number; jitterMs?: number } = {};
    if (options.latencyMs !== undefined) initial.latencyMs = options.latencyMs;
    if (options.jitterMs !== undefined) initial.jitterMs = options.jitterMs;
    faults.reset(seed);
    faults.set(initial);
  };
  startFaults();

  const registry: CheckoutRegistry = {
    get: (id) => {
      const record = checkouts.find(id);
      return record && !record.emptied ? checkoutView(checkouts, record, allIncludes) : undefined;
    },
    latestId: () => checkouts.latestId(),
    attachOrder: (id, orderId) => checkouts.attachOrder(id, orderId),
    product: (productId) => {
      const product = catalog.product(productId);
      return product && { name: product.name, weight: product.weight, type: product.type };
    },
  };
  const management = createManagementRouter({ token: managementToken, storeHash, shipping, checkouts: registry });

  const reset = () => {
    checkouts.reset();
    startFaults();
    log.reset();
    shipping.reset();
    management.reset();
    sessions.clear();
    customers.reset();
    sessionCustomers.clear();
    tokens.reset();
  };

  const routers: Router[] = [
    createGraphqlRouter({ checkouts, faults, log, hanging, sessions, customers, sessionCustomers, tokens, storefrontToken, corsOrigins }),
    createAdminRouter({ catalog, checkouts, faults, log, reset, graphql: { storefrontToken, corsOrigins } }),
    createStorefrontRouter({ checkouts, faults, log, storeHash, hanging, sessions, customers, sessionCustomers, tokens }),
    logged(log, `/stores/${storeHash}/`, management),
  ];

  return {
    managementToken,
    storeHash,
    storefrontToken,
    corsOrigins,
    reset,
    close() {
      for (const res of hanging) res.socket?.destroy();
      hanging.clear();
    },
    middleware(req, res, next) {
      // Joined, not resolved: a path that starts with '//' is a path here, not another host.
      const raw = req.url ?? '/';
      const url = new URL(raw.startsWith('/') ? `http://emulator.local${raw}` : raw, 'http://emulator.local');
      void (async () => {
        for (const router of routers) {
          if (await router(req, res, url)) return;
        }
        if (next && !url.pathname.startsWith('/__emulator/') && !url.pathname.startsWith('/stores/') && url.pathname !== '/graphql') next();
        else sendError(res, problem(404, 'Not found', `The emulator has no route ${req.method} ${url.pathname}.`));
      })().catch((error: unknown) => {
        options.log?.(`emulator error on ${req.method} ${url.pathname}: ${String(error)}`);
        if (res.headersSent) res.end();
        else if (error instanceof HttpError) sendError(res, error);
        else sendError(res, problem(500, 'Emulator error', String(error)));
      });
    },
  };
}

/** Logs the requests a router answers under `prefix` (the management API: no faults, but visible in the log). */
function logged(log: RequestLog, prefix: string, router: Router): Router {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(prefix)) return router(req, res, url);
    const started = performance.now();
    const entry = log.start(req.method ?? 'GET', url);
    res.once('finish', () => {
      entry.status = res.statusCode;
      entry.durationMs = Math.round(performance.now() - started);
    });
    return router(req, res, url);
  };
}
