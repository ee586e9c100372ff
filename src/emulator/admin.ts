// The emulator's own admin API under /__emulator/: catalog, reset, request log, faults and a
// fault-free look at any checkout. Never delayed or faulted, never logged. Routes it does not
// know fall through to the management router (orders); the middleware answers 404 after that.
import { catalogView, type Catalog } from './catalog.js';
import { checkoutView } from './checkout-view.js';
import type { Checkouts } from './checkouts.js';
import { parseFaults, type Faults } from './faults.js';
import { HttpError, problem, readJson, sendError, sendJson, type Router } from './http.js';
import type { RequestLog } from './request-log.js';

export interface AdminDeps {
  catalog: Catalog;
  checkouts: Checkouts;
  faults: Faults;
  log: RequestLog;
  reset(): void;
  /** What a GraphQL client needs: the token and the origins it allows. */
  graphql: { storefrontToken: string; corsOrigins: readonly string[] };
}

/** Everything a test may want to see at once. */
const allIncludes = new Set([
  'consignments.availableShippingOptions',
  'cart.lineItems.physicalItems.options',
  'cart.lineItems.digitalItems.options',
  'customer',
]);

export function createAdminRouter({ catalog, checkouts, faults, log, reset, graphql }: AdminDeps): Router {
  return async (req, res, url) => {
    const path = url.pathname;
    if (!path.startsWith('/__emulator/')) return false;
    const route = `${req.method} ${path.slice('/__emulator'.length)}`;
    const checkoutId = url.searchParams.get('checkoutId') ?? undefined;
    try {
      switch (route) {
        case 'GET /catalog':
          sendJson(res, 200, catalogView(catalog));
          return true;
        case 'GET /graphql':
          sendJson(res, 200, { endpoint: '/graphql', ...graphql });
          return true;
        case 'POST /reset':
          reset();
          sendJson(res, 200, { reset: true });
          return true;
        case 'GET /requests': {
          // ?since=N: only entries after seq N, for pollers such as the demo's live log.
          const since = Number(url.searchParams.get('since') ?? 0) || 0;
          sendJson(res, 200, { requests: log.list(checkoutId).filter((r) => r.seq > since) });
          return true;
        }
        case 'DELETE /requests':
          log.clear();
          sendJson(res, 200, { requests: [] });
          return true;
        case 'GET /faults':
          sendJson(res, 200, faults.view(checkoutId));
          return true;
        case 'PUT /faults': {
          const body = await readJson(req);
          let patch;
          try {
            patch = parseFaults(body);
          } catch (error) {
            throw problem(400, 'Invalid fault settings', (error as Error).message);
          }
          faults.set(patch, checkoutId);
          sendJson(res, 200, faults.view(checkoutId));
          return true;
        }
        case 'DELETE /faults':
          if (checkoutId === undefined) faults.reset();
          else faults.clear(checkoutId);
          sendJson(res, 200, faults.view(checkoutId));
          return true;
        case 'GET /checkouts':
          sendJson(res, 200, {
            checkouts: checkouts.ids().map((id) => {
              const record = checkouts.find(id)!;
              return { id, version: record.version, updatedTime: record.updatedTime, emptied: record.emptied ?? false };
            }),
            latestId: checkouts.latestId() ?? null,
          });
          return true;
      }
      const one = /^GET \/checkouts\/([^/]+)$/.exec(route);
      if (one) {
        const record = checkouts.require(decodeURIComponent(one[1]!));
        sendJson(res, 200, checkoutView(checkouts, record, allIncludes));
        return true;
      }
      // Other /__emulator/ routes (orders, management info) belong to the management router,
      // which still has the request body to read.
      return false;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendError(res, error);
      return true;
    }
  };
}
