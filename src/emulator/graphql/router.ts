// POST /graphql: the GraphQL Storefront API's checkout subset on the emulator's one store state,
// with a real parser, validator and executor (graphql-js). Bearer storefront token; CORS for the
// configured origins only; the same seeded faults as the REST routes, drawn per checkout; the
// signed-in customer from a customer access token (server-to-server) or the session (a browser).
import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { execute, GraphQLError, Kind, parse, validate, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { SignedInCustomer } from '../checkout-model.js';
import { checkoutView } from '../checkout-view.js';
import type { Checkouts } from '../checkouts.js';
import type { CustomerAccessTokens } from '../customer-tokens.js';
import { signedIn, type Customers, type StoreCustomer } from '../customers.js';
import type { Faults } from '../faults.js';
import { HttpError, readJson, sendJson, type Req, type Router } from '../http.js';
import type { LoggedRequest, RequestLog } from '../request-log.js';
import { readCookie, sessionCookie } from '../storefront.js';
import { storefrontSchema } from './schema.js';
import { cartGraph, checkoutGraph, countriesGraph, customerGraph, restAddress, restLineItems, settingsGraph, type AddressInput } from './views.js';

export interface GraphqlDeps {
  checkouts: Checkouts;
  faults: Faults;
  log: RequestLog;
  hanging: Set<ServerResponse>;
  sessions: Map<string, string>;
  customers: Customers;
  /** session token → the id of the customer signed in on it (shared with the REST sign-in) */
  sessionCustomers: Map<string, number>;
  tokens: CustomerAccessTokens;
  /** The storefront token requests must bear. */
  storefrontToken: string;
  /** Origins the token allows (CORS); same-origin requests are always allowed. */
  corsOrigins: readonly string[];
}

/** BigCommerce's documented answer to a browser's login that asks for the token in the body. */
export const browserTokenMessage =
  "Customer access token was requested in the body, but it's only returned for server-to-server requests. For browser requests it's set as an httpOnly cookie instead.";

const allIncludes = new Set(['consignments.availableShippingOptions', 'cart.lineItems.physicalItems.options', 'cart.lineItems.digitalItems.options']);

/** A fault drawn inside a resolver; the router turns it into the HTTP answer. */
class FaultSignal extends Error {
  constructor(readonly kind: 'error' | 'timeout') {
    super(`emulator fault: ${kind}`);
  }
}

/** The GraphQL error codes the emulator answers (the real API's codes for these cases are not documented). */
const codeOf = (status: number, type: unknown): string =>
  type === 'empty_cart' ? 'EMPTY_CART' : status === 404 ? 'NOT_FOUND' : status === 409 ? 'CONFLICT' : status === 422 ? 'UNPROCESSABLE_ENTITY' : 'BAD_REQUEST';

function fromHttpError(error: HttpError): GraphQLError {
  const body = (error.body ?? {}) as { title?: unknown; detail?: unknown; type?: unknown };
  const title = typeof body.title === 'string' ? body.title : error.message;
  const detail = typeof body.detail === 'string' && body.detail !== '' ? `: ${body.detail}` : '';
  return new GraphQLError(`${title}${detail}`, { extensions: { code: codeOf(error.status, body.type), status: error.status } });
}

// Not X-Bc-Customer-Access-Token: BigCommerce takes customer access tokens from servers only
// ("Do not use this token for browser-side or client-side requests"), so a page on another origin
// cannot send one. The real preflight's list is not documented; this is the emulator's reading.
const corsHeaders = 'Authorization, Content-Type, Accept';

/** Who is asking: a token's or a session's customer, or a guest. */
type Caller = { account: StoreCustomer | undefined; browser: boolean; session: string | undefined };

export function createGraphqlRouter(deps: GraphqlDeps): Router {
  const { checkouts, faults, log, hanging, sessions, customers, sessionCustomers, tokens } = deps;
  const schema = storefrontSchema();

  return async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    const origin = req.headers.origin;
    const crossOrigin = origin !== undefined && !sameOrigin(req, origin);
    const allowed = !crossOrigin || deps.corsOrigins.includes(origin);
    if (crossOrigin && allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      // A preflight from an origin the token does not allow gets no CORS headers: the browser refuses.
      if (crossOrigin && allowed) {
        res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', corsHeaders);
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.statusCode = 204;
      res.end();
      return true;
    }

    const started = performance.now();
    const entry = log.start(req.method ?? 'POST', url);
    /** Answers and logs; true, as a router returns for a request it handled. */
    const send = (status: number, body: unknown): true => {
      entry.status = status;
      entry.durationMs = Math.round(performance.now() - started);
      sendJson(res, status, body);
      return true;
    };
    if (req.method !== 'POST') return send(405, { errors: [{ message: `${req.method} is not supported on /graphql; send POST with { query, variables }.` }] });
    if (!allowed) {
      return send(403, {
        errors: [{ message: "'Origin' header invalid: The 'Origin' request header value did not match the allowed origin set in the JWT auth token. Please generate a token that is valid for this origin." }],
      });
    }
    const auth = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    if (!auth) return send(401, { errors: [{ message: 'GraphQL credentials were missing. No token was sent.' }] });
    if (auth !== deps.storefrontToken) {
      const message = auth.split('.').length === 3 ? 'GraphQL invalid credentials. JWT signature is invalid' : 'GraphQL invalid credentials. String is not a JWT';
      return send(401, { errors: [{ message }] });
    }

    // A customer access token is checked on every request that carries one. An invalid or expired
    // one makes the request a guest's, unless the caller asked to be told (Catalyst always asks).
    // A browser (the only callers that send Origin) is known by its session cookie instead.
    const browser = origin !== undefined;
    let session = readCookie(req, sessionCookie);
    let customerId: number | undefined;
    const accessToken = header(req, 'x-bc-customer-access-token');
    if (accessToken) {
      const checked = tokens.check(accessToken);
      if ('customerId' in checked) customerId = checked.customerId;
      else if (header(req, 'x-bc-error-on-invalid-customer-access-token')?.toLowerCase() === 'true') {
        entry.errorCodes = ['INVALID_CUSTOMER_ACCESS_TOKEN'];
        const message =
          checked.problem === 'expired'
            ? 'Customer access token has expired. Log the customer in again for a new one.'
            : 'Customer access token is invalid: this store did not issue it, or the customer has logged out since.';
        return send(200, { data: null, errors: [{ message, extensions: { code: 'INVALID_CUSTOMER_ACCESS_TOKEN' } }] });
      }
    } else if (browser && session) {
      customerId = sessionCustomers.get(session);
    }
    const caller: Caller = { account: customers.find(customerId), browser, session };
    const ensureSession = () => {
      if (!caller.session) {
        caller.session = session = randomUUID();
        res.setHeader('Set-Cookie', `${sessionCookie}=${session}; Path=/; HttpOnly; SameSite=Lax`);
      }
      return caller.session;
    };

    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      return send(400, { errors: [{ message: 'The request body is not valid JSON.' }] });
    }
    const { query, variables, operationName } = (typeof body === 'object' && body !== null ? body : {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || query.trim() === '') return send(200, { errors: [{ message: 'Send a GraphQL document as "query".' }] });

    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return send(200, { errors: [error instanceof GraphQLError ? error.toJSON() : { message: String(error) }] });
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      entry.errorCodes = invalid.map(() => 'GRAPHQL_VALIDATION_FAILED');
      return send(200, { errors: invalid.map((e) => e.toJSON()) });
    }
    const tooMany = oneMutationRule(document, typeof operationName === 'string' ? operationName : undefined);
    if (tooMany) return send(200, { errors: [{ message: tooMany }] });

    const context = new RequestContext(entry, faults, checkouts);
    const rootValue = {
      geography: () => ({ countries: ({ filters }: { filters?: { code?: string } }) => countriesGraph(filters) }),
      customer: () => (caller.account ? customerGraph(signedIn(caller.account)) : null),
      site: () => ({
        settings: () => settingsGraph(),
        checkout: async ({ entityId }: { entityId?: string | null }) => {
          const id = entityId ?? (session ? sessions.get(session) : undefined);
          if (id === undefined) return null;
          return context.run(id, false, () => {
            const record = checkouts.find(id);
            return record && !record.emptied ? checkoutGraph(checkoutView(checkouts, record, allIncludes)) : null;
          });
        },
        cart: async ({ entityId }: { entityId?: string | null }) => {
          const id = entityId ?? (session ? sessions.get(session) : undefined);
          if (id === undefined) return null;
          return context.run(id, false, () => {
            const record = checkouts.find(id);
            return record && !record.emptied ? checkoutGraph(checkoutView(checkouts, record, allIncludes)).cart : null;
          });
        },
      }),
      checkout: () => mutations(context, checkouts, faults),
      login: (args: { email: string; password: string; guestCartEntityId?: string | null }) => login(args, caller, entry),
      logout: (args: { cartEntityId?: string | null }) => logout(args, caller, entry),
    };

    /** login: a server gets a customer access token in the body; a browser's session is signed in instead. */
    function login({ email, password, guestCartEntityId }: { email: string; password: string; guestCartEntityId?: string | null }, who: Caller, logged: LoggedRequest) {
      logged.operation = 'login';
      let account: StoreCustomer;
      try {
        account = customers.authenticate({ email, password });
      } catch (error) {
        // Not documented: the REST sign-in's sentence, without a code.
        if (error instanceof HttpError) throw new GraphQLError(error.message);
        throw error;
      }
      const named = guestCartEntityId ? checkouts.find(guestCartEntityId) : undefined;
      if (guestCartEntityId) logged.checkoutId = guestCartEntityId;
      const carts = [named];
      if (who.browser) {
        const id = ensureSession();
        sessionCustomers.set(id, account.id);
        const cartId = sessions.get(id);
        carts.push(cartId === undefined ? undefined : checkouts.find(cartId));
      }
      const assigned = carts.filter((r) => r !== undefined && !r.emptied);
      for (const record of assigned) record!.customer = signedIn(account);
      const cart = assigned[0];
      const token = who.browser ? undefined : tokens.issue(account.id);
      return {
        result: 'success',
        customer: customerGraph(signedIn(account)),
        cart: cart ? cartGraph(checkoutView(checkouts, cart, allIncludes).cart) : null,
        customerAccessToken: () => {
          if (!token) throw new GraphQLError(browserTokenMessage);
          return token;
        },
      };
    }

    /** logout: the customer's tokens stop working everywhere, its sessions are signed out, and the named cart is theirs no more. */
    function logout({ cartEntityId }: { cartEntityId?: string | null }, who: Caller, logged: LoggedRequest) {
      logged.operation = 'logout';
      const account: SignedInCustomer | undefined = who.account;
      if (!account) {
        throw new GraphQLError('No customer is logged in: send the customer access token (X-Bc-Customer-Access-Token) of the customer to log out.', {
          extensions: { code: 'MISSING_CUSTOMER_ACCESS_TOKEN' },
        });
      }
      tokens.revokeAll(account.id);
      for (const [id, customer] of sessionCustomers) if (customer === account.id) sessionCustomers.delete(id);
      if (!cartEntityId) return { result: 'success', cartUnassignResult: { cart: null, errors: [] } };
      logged.checkoutId = cartEntityId;
      const record = checkouts.find(cartEntityId);
      if (!record || record.emptied) {
        return { result: 'success', cartUnassignResult: { cart: null, errors: [{ __typename: 'CartUnassignInaccessibleError', message: `No cart ${cartEntityId} to unassign.` }] } };
      }
      if (record.customer?.id !== account.id) {
        return { result: 'success', cartUnassignResult: { cart: null, errors: [{ __typename: 'CartUnassignNotAllowedError', message: `Cart ${cartEntityId} does not belong to this customer.` }] } };
      }
      delete record.customer;
      return { result: 'success', cartUnassignResult: { cart: cartGraph(checkoutView(checkouts, record, allIncludes).cart), errors: [] } };
    }

    let result: ExecutionResult;
    try {
      result = await execute({
        schema,
        document,
        rootValue,
        variableValues: (typeof variables === 'object' && variables !== null ? variables : {}) as Record<string, unknown>,
        ...(typeof operationName === 'string' ? { operationName } : {}),
      });
    } catch (error) {
      return send(200, { errors: [{ message: String(error) }] });
    }
    const fault = result.errors?.map((e) => e.originalError).find((e): e is FaultSignal => e instanceof FaultSignal);
    if (fault?.kind === 'timeout') {
      entry.fault = 'timeout';
      entry.durationMs = Math.round(performance.now() - started);
      hanging.add(res);
      res.once('close', () => hanging.delete(res));
      return true;
    }
    if (fault?.kind === 'error') {
      entry.fault = 'error';
      return send(500, { errors: [{ message: 'Internal Server Error' }] });
    }
    if (result.errors?.some((e) => e.extensions.code === 'CONFLICT' && e.extensions.injected)) entry.fault = 'conflict';
    if (result.errors) entry.errorCodes = result.errors.map((e) => String(e.extensions.code ?? 'GRAPHQL_ERROR'));
    return send(200, { ...(result.errors ? { errors: result.errors.map((e) => ({ ...e.toJSON(), extensions: publicExtensions(e) })) } : {}), data: result.data ?? null });
  };
}

function publicExtensions(error: GraphQLError): Record<string, unknown> {
  const { injected: _injected, ...rest } = error.extensions;
  return rest;
}

/** Draws each checkout access's fault, like the REST router does per request, and logs it. */
class RequestContext {
  constructor(
    private readonly entry: LoggedRequest,
    private readonly faults: Faults,
    private readonly checkouts: Checkouts,
  ) {}

  async run<T>(checkoutId: string, write: boolean, handle: () => T, operation?: string): Promise<T> {
    this.entry.checkoutId ??= checkoutId;
    this.entry.operation = operation ?? this.entry.operation ?? 'checkout';
    const decision = this.faults.decide(checkoutId, write);
    if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    if (decision.fault === 'timeout') {
      if (write) this.entry.applied = decision.applied;
      if (decision.applied) {
        try {
          handle();
        } catch {
          // The client never hears about it either way.
        }
      }
      throw new FaultSignal('timeout');
    }
    if (decision.fault === 'error') throw new FaultSignal('error');
    if (decision.fault === 'conflict') {
      throw new GraphQLError('Conflict: The request cannot be processed due to a possible conflict. Please review the changes and try again.', {
        extensions: { code: 'CONFLICT', status: 409, injected: true },
      });
    }
    try {
      this.checkouts.touch(checkoutId);
      return handle();
    } catch (error) {
      if (error instanceof HttpError) throw fromHttpError(error);
      throw error;
    }
  }
}

interface WriteInput {
  checkoutEntityId: string;
  consignmentEntityId?: string;
  version?: number | null;
}
type ConsignmentInput = { address: AddressInput; lineItems: { lineItemEntityId: string; quantity: number }[] };

function mutations(context: RequestContext, checkouts: Checkouts, faults: Faults) {
  const write = (name: string, input: WriteInput, apply: () => ReturnType<Checkouts['require']>) =>
    context.run(
      input.checkoutEntityId,
      true,
      () => ({ checkout: checkoutGraph(checkoutView(checkouts, apply(), allIncludes)) }),
      name,
    );
  const version = (input: WriteInput) => (input.version === undefined || input.version === null ? {} : { version: input.version });
  const rules = (id: string) => faults.settings(id);
  return {
    addCheckoutShippingConsignments: ({ input }: { input: WriteInput & { data: { consignments: ConsignmentInput[] } } }) =>
      write('addCheckoutShippingConsignments', input, () =>
        checkouts.createConsignments(
          input.checkoutEntityId,
          input.data.consignments.map((c) => ({ address: restAddress(c.address), lineItems: restLineItems(c.lineItems), ...version(input) })),
          rules(input.checkoutEntityId),
        ),
      ),
    updateCheckoutShippingConsignment: ({ input }: { input: WriteInput & { data: { consignment: ConsignmentInput } } }) =>
      write('updateCheckoutShippingConsignment', input, () =>
        checkouts.updateConsignment(
          input.checkoutEntityId,
          input.consignmentEntityId!,
          { address: restAddress(input.data.consignment.address), lineItems: restLineItems(input.data.consignment.lineItems), ...version(input) },
          rules(input.checkoutEntityId),
        ),
      ),
    selectCheckoutShippingOption: ({ input }: { input: WriteInput & { data: { shippingOptionEntityId: string } } }) =>
      write('selectCheckoutShippingOption', input, () =>
        checkouts.updateConsignment(
          input.checkoutEntityId,
          input.consignmentEntityId!,
          { shippingOptionId: input.data.shippingOptionEntityId, ...version(input) },
          rules(input.checkoutEntityId),
        ),
      ),
    deleteCheckoutConsignment: ({ input }: { input: WriteInput }) =>
      write('deleteCheckoutConsignment', input, () =>
        checkouts.deleteConsignment(input.checkoutEntityId, input.consignmentEntityId!, version(input), rules(input.checkoutEntityId)),
      ),
  };
}

/** "You can only send one mutation in a single request" (BigCommerce's documented limit). */
function oneMutationRule(document: DocumentNode, operationName: string | undefined): string | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (operation?.operation !== 'mutation') return undefined;
  // `checkout { … }` is a namespace: its fields are the mutations. `login { … }` is one.
  const count = operation.selectionSet.selections.reduce((n, s) => n + (s.kind === Kind.FIELD && s.name.value === 'checkout' && s.selectionSet ? s.selectionSet.selections.length : 1), 0);
  return count > 1 ? 'You can only send one mutation in a single request.' : undefined;
}

function header(req: Req, name: string): string | undefined {
  const value = req.headers[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

function sameOrigin(req: Req, origin: string): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
