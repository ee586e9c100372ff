// Signed-in shoppers on the emulator's /graphql: `login` gives a server a customer access token and
// a browser a signed-in session; the token is checked on every request that carries one (a guest's
// request when it is invalid, INVALID_CUSTOMER_ACCESS_TOKEN when the caller asks to be told);
// `logout` ends it everywhere; `customer { addresses }` and `site.settings.contact` come from the
// same store as the REST routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserTokenMessage } from '../../src/emulator/graphql/router.js';
import { read, seedCart, useEmulator } from './helpers.js';

const allowed = 'http://localhost:4999';
let clock = Date.parse('2026-03-01T12:00:00Z');
const client = useEmulator({ corsOrigins: [allowed], now: () => clock });

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return client.call<T>('POST', '/graphql', { query, variables }, { Authorization: `Bearer ${client.server.emulator.storefrontToken}`, Accept: 'application/json', ...headers });
}

const loginDoc = `mutation Login($email: String!, $pass: String!, $cart: String) {
  login(email: $email, password: $pass, guestCartEntityId: $cart) { result customer { entityId email firstName lastName } cart { entityId } customerAccessToken { value expiresAt } }
}`;
const whoDoc = '{ customer { entityId email } }';

async function loginAda(cart?: string): Promise<string> {
  const reply = await gql(loginDoc, { email: 'ada@example.com', pass: 'lovelace', ...(cart ? { cart } : {}) });
  assert.equal(reply.body.errors, undefined, JSON.stringify(reply.body.errors));
  return reply.body.data.login.customerAccessToken.value;
}

const as = (token: string, tell = false) => ({ 'X-Bc-Customer-Access-Token': token, ...(tell ? { 'X-Bc-Error-On-Invalid-Customer-Access-Token': 'true' } : {}) });

test('login from a server answers a customer access token shaped like the documented one, and the token reads that customer', async () => {
  const reply = await gql(loginDoc, { email: ' ADA@example.com ', pass: 'lovelace' });
  assert.equal(reply.status, 200);
  const { login } = reply.body.data;
  assert.equal(login.result, 'success');
  assert.deepEqual(login.customer, { entityId: 11, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  assert.match(login.customerAccessToken.value, /^[0-9a-f]{64}_\d{10}$/);
  assert.equal(login.customerAccessToken.expiresAt, '2026-03-02T12:00:00Z', 'one day later, in whole seconds');
  assert.equal(login.customerAccessToken.value.split('_')[1], String(Date.parse('2026-03-02T12:00:00Z') / 1000), 'the value ends with the expiry, as in the docs');

  const signedIn = await gql(whoDoc, {}, as(login.customerAccessToken.value));
  assert.deepEqual(signedIn.body.data.customer, { entityId: 11, email: 'ada@example.com' });
  const guest = await gql(whoDoc);
  assert.equal(guest.body.data.customer, null, 'without a token the caller is a guest');
});

test("a browser's login gets no token in the body (BigCommerce's sentence at that field) and an httpOnly session cookie that signs it in", async () => {
  const browser = { Origin: allowed };
  const reply = await gql(loginDoc, { email: 'ada@example.com', pass: 'lovelace' }, browser);
  assert.equal(reply.status, 200);
  assert.equal(reply.body.data.login.customer.entityId, 11);
  assert.equal(reply.body.data.login.customerAccessToken, null);
  assert.deepEqual(reply.body.errors.map((e: { message: string; path: string[] }) => [e.message, e.path]), [[browserTokenMessage, ['login', 'customerAccessToken']]]);
  const cookie = reply.headers.get('set-cookie') ?? '';
  assert.match(cookie, /^SHOP_SESSION_TOKEN=[^;]+; Path=\/; HttpOnly/);
  const session = cookie.split(';')[0]!;

  assert.equal((await gql(whoDoc, {}, { ...browser, Cookie: session })).body.data.customer.entityId, 11, 'the cookie signs the browser in');
  assert.equal((await gql(whoDoc, {}, { Cookie: session })).body.data.customer, null, 'a server is known by its token, never by a cookie');
  // The same session on the REST API: the SDK's checkout shows the customer on the session's cart.
  const cart = await client.call<{ id: string }>('POST', '/api/storefront/carts', { lineItems: [{ productId: 105, quantity: 1 }] }, { Cookie: session });
  assert.equal((await read(client, cart.body.id)).customer.id, 11);
  // Asking only for the customer is no error.
  const quiet = await gql('mutation { login(email: "ada@example.com", password: "lovelace") { customer { entityId } } }', {}, browser);
  assert.equal(quiet.body.errors, undefined);
});

test('a wrong password or an unknown email is an error with no token and no data; nothing is signed in', async () => {
  for (const [email, pass] of [['ada@example.com', 'babbage'], ['nobody@example.com', 'lovelace']]) {
    const reply = await gql(loginDoc, { email, pass });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.data, null);
    assert.deepEqual(reply.body.errors.map((e: { message: string; path: string[] }) => [e.message, e.path]), [['Your email address or password is incorrect. Please try again.', ['login']]]);
    assert.equal(reply.headers.get('set-cookie'), null);
  }
});

test('an invalid or expired token: a guest by default; with X-Bc-Error-On-Invalid-Customer-Access-Token, INVALID_CUSTOMER_ACCESS_TOKEN and no data', async () => {
  const checkout = await seedCart(client);
  const token = await loginAda();
  const read = `{ customer { entityId } site { checkout(entityId: "${checkout.id}") { entityId } } }`;
  for (const [what, bad] of [['unknown', `${'0'.repeat(64)}_1772452800`], ['expired', token]] as const) {
    if (what === 'expired') clock += 24 * 60 * 60 * 1000;
    const guest = await gql(read, {}, as(bad));
    assert.equal(guest.body.errors, undefined, what);
    assert.equal(guest.body.data.customer, null, `${what}: answered as a guest`);
    assert.equal(guest.body.data.site.checkout.entityId, checkout.id);
    const told = await gql(read, {}, as(bad, true));
    assert.equal(told.status, 200, what);
    assert.equal(told.body.data, null);
    assert.equal(told.body.errors[0].extensions.code, 'INVALID_CUSTOMER_ACCESS_TOKEN');
    assert.match(told.body.errors[0].message, what === 'expired' ? /has expired/ : /is invalid/);
  }
  clock -= 24 * 60 * 60 * 1000;
  assert.equal((await gql(whoDoc, {}, as(token, true))).body.data.customer.entityId, 11, 'a second before expiry it still works');
  const log = (await client.call('GET', '/__emulator/requests')).body.requests as { errorCodes?: string[] }[];
  assert.ok(log.some((r) => r.errorCodes?.includes('INVALID_CUSTOMER_ACCESS_TOKEN')), 'the request log names the code');
});

test('login with guestCartEntityId gives that checkout to the customer; logout with cartEntityId takes it back', async () => {
  const checkout = await seedCart(client);
  const reply = await gql(loginDoc, { email: 'ada@example.com', pass: 'lovelace', cart: checkout.id });
  assert.equal(reply.body.data.login.cart.entityId, checkout.id);
  const rest = await read(client, checkout.id);
  assert.deepEqual([rest.customer.id, rest.customer.isGuest, rest.cart.customerId, rest.cart.email], [11, false, 11, 'ada@example.com']);

  const token = reply.body.data.login.customerAccessToken.value;
  const logout = await gql('mutation($cart: String) { logout(cartEntityId: $cart) { result cartUnassignResult { cart { entityId } errors { __typename ... on Error { message } } } } }', { cart: checkout.id }, as(token));
  assert.deepEqual(logout.body.data.logout, { result: 'success', cartUnassignResult: { cart: { entityId: checkout.id }, errors: [] } });
  assert.equal((await read(client, checkout.id)).customer.isGuest, true);
});

test('logout ends every token of the customer (all devices) and its sessions; without a customer it is MISSING_CUSTOMER_ACCESS_TOKEN', async () => {
  const laptop = await loginAda();
  const phone = await loginAda();
  const browser = await gql(loginDoc, { email: 'ada@example.com', pass: 'lovelace' }, { Origin: allowed });
  const session = (browser.headers.get('set-cookie') ?? '').split(';')[0]!;

  const other = await gql('mutation { logout(cartEntityId: "not-a-cart") { result cartUnassignResult { cart { entityId } errors { __typename } } } }', {}, as(laptop));
  assert.deepEqual(other.body.data.logout.cartUnassignResult, { cart: null, errors: [{ __typename: 'CartUnassignInaccessibleError' }] });
  for (const token of [laptop, phone]) {
    const told = await gql(whoDoc, {}, as(token, true));
    assert.equal(told.body.errors[0].extensions.code, 'INVALID_CUSTOMER_ACCESS_TOKEN', 'the token ends on every device');
  }
  assert.equal((await gql(whoDoc, {}, { Origin: allowed, Cookie: session })).body.data.customer, null, 'the browser session is signed out too');

  const nobody = await gql('mutation { logout { result } }');
  assert.equal(nobody.body.data, null);
  assert.equal(nobody.body.errors[0].extensions.code, 'MISSING_CUSTOMER_ACCESS_TOKEN');
});

test("signing out through the REST API (the SDK's signOutCustomer) invalidates the customer's access tokens", async () => {
  const token = await loginAda();
  const signIn = await client.call('POST', '/internalapi/v1/checkout/customer', { email: 'ada@example.com', password: 'lovelace' });
  const session = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  await client.call('DELETE', '/internalapi/v1/checkout/customer', undefined, { Cookie: session });
  assert.equal((await gql(whoDoc, {}, as(token, true))).body.errors[0].extensions.code, 'INVALID_CUSTOMER_ACCESS_TOKEN');
});

const addressDoc = `query($first: Int, $after: String, $last: Int, $before: String) { customer { addresses(first: $first, after: $after, last: $last, before: $before) {
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } collectionInfo { totalItems }
  edges { cursor node { entityId firstName lastName company address1 address2 city stateOrProvince stateId country countryCode countryId postalCode phone addressType
    formFields { entityId name __typename ... on MultipleChoiceFormFieldValue { valueEntityId value } ... on TextFormFieldValue { text } } } } } } }`;

test("customer { addresses } are the customer's saved addresses from the REST store: the state by name, custom field values by kind", async () => {
  const token = await loginAda();
  const reply = await gql(addressDoc, { first: 50 }, as(token));
  const { edges, pageInfo, collectionInfo } = reply.body.data.customer.addresses;
  assert.equal(collectionInfo.totalItems, 3);
  assert.equal(pageInfo.hasNextPage, false);
  assert.deepEqual(
    edges.map((e: { node: Record<string, unknown> }) => [e.node.entityId, e.node.city, e.node.stateOrProvince, e.node.countryCode, e.node.country, e.node.addressType]),
    [
      [101, 'Austin', 'Texas', 'US', 'United States', 'RESIDENTIAL'],
      [102, 'Seattle', 'Washington', 'US', 'United States', 'COMMERCIAL'],
      [103, 'Toronto', 'Ontario', 'CA', 'Canada', 'RESIDENTIAL'],
    ],
  );
  const seattle = edges[1].node;
  assert.deepEqual([seattle.company, seattle.address2, seattle.postalCode, seattle.phone], ['Analytical Engines Ltd', 'Suite 12', '98109', '2065550100']);
  assert.equal(edges[0].node.address2, null, 'an empty line is null');
  assert.deepEqual(seattle.formFields, [{ entityId: 31, name: 'Address type', __typename: 'MultipleChoiceFormFieldValue', valueEntityId: 1, value: 'Commercial' }]);
  assert.ok(Number.isInteger(seattle.stateId) && Number.isInteger(seattle.countryId));
});

test('the address connection pages forwards and backwards, and refuses a page over 50', async () => {
  const token = await loginAda();
  const page = (variables: Record<string, unknown>) => gql(addressDoc, variables, as(token)).then((r) => r.body);
  const first = (await page({ first: 2 })).data.customer.addresses;
  assert.deepEqual(first.edges.map((e: { node: { entityId: number } }) => e.node.entityId), [101, 102]);
  assert.deepEqual([first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage], [true, false]);
  const rest = (await page({ first: 2, after: first.pageInfo.endCursor })).data.customer.addresses;
  assert.deepEqual(rest.edges.map((e: { node: { entityId: number } }) => e.node.entityId), [103]);
  assert.deepEqual([rest.pageInfo.hasNextPage, rest.pageInfo.hasPreviousPage], [false, true]);
  const back = (await page({ last: 1, before: rest.pageInfo.startCursor })).data.customer.addresses;
  assert.deepEqual(back.edges.map((e: { node: { entityId: number } }) => e.node.entityId), [102]);
  const tooMany = await page({ first: 51 });
  assert.match(tooMany.errors[0].message, /"first" must be between 0 and 50/);
  assert.match((await page({ after: 'bm9wZQ==' })).errors[0].message, /"after" is not a cursor/);
});

test('site.settings.contact names the store country that REST gives as storeProfile.storeCountryCode', async () => {
  const reply = await gql('{ site { settings { storeName contact { country address email phone } } } geography { countries { code name } } }');
  const { contact } = reply.body.data.site.settings;
  const settings = await client.call<{ storeConfig: { storeProfile: { storeCountry: string; storeCountryCode: string } } }>('GET', '/api/storefront/checkout-settings');
  assert.equal(contact.country, settings.body.storeConfig.storeProfile.storeCountry);
  const code = reply.body.data.geography.countries.find((c: { name: string }) => c.name === contact.country)?.code;
  assert.equal(code, settings.body.storeConfig.storeProfile.storeCountryCode, 'the name maps to the code through geography.countries');
});

test('the CORS preflight does not allow X-Bc-Customer-Access-Token: a page on another origin cannot send one', async () => {
  const preflight = await fetch(`${client.server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-bc-customer-access-token' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), allowed);
  const headers = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
  assert.deepEqual(headers, ['authorization', 'content-type', 'accept']);
});
