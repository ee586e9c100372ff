// POST /graphql on the emulator: a real schema, executor and validation; the bearer token; CORS
// for the configured origins only; the same store state, faults and switches as the REST routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getIntrospectionQuery } from 'graphql';
import { firstPhysical, read, seedCart, setFaults, useEmulator, usAddress, withOptions } from './helpers.js';

const allowed = 'http://localhost:4999';
const client = useEmulator({ corsOrigins: [allowed] });

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const token = client.server.emulator.storefrontToken;
  return client.call<T>('POST', '/graphql', { query, variables }, { Authorization: `Bearer ${token}`, Accept: 'application/json', ...headers });
}

// BigCommerce's documented example: its own variable name, fragments defined after the operation.
const addDoc = `mutation addCheckoutShippingConsignments($addCheckoutShippingConsignmentsInput: AddCheckoutShippingConsignmentsInput!) {
  checkout { addCheckoutShippingConsignments(input: $addCheckoutShippingConsignmentsInput) { checkout { entityId version shippingConsignments { ...Consignment } } } }
}
fragment Consignment on CheckoutShippingConsignment {
  entityId lineItemIds
  address { ...Address }
  availableShippingOptions { entityId isRecommended cost { value currencyCode } }
  selectedShippingOption { entityId }
}
fragment Address on CheckoutAddress {
  city stateOrProvinceCode countryCode
  customFields { entityId __typename ... on CheckoutAddressTextFieldCustomField { text } ... on CheckoutAddressCheckboxesCustomField { valueEntityIds }
    ... on CheckoutAddressMultipleChoiceCustomField { valueEntityId } ... on CheckoutAddressNumberCustomField { number } ... on CheckoutAddressDateCustomField { date { utc } } }
}`;

const gqlAddress = { ...usAddress, shouldSaveAddress: false };

test('introspection answers the checkout types', async () => {
  const reply = await gql(getIntrospectionQuery());
  assert.equal(reply.status, 200);
  const names = reply.body.data.__schema.types.map((t: { name: string }) => t.name);
  for (const name of ['Checkout', 'CheckoutShippingConsignment', 'AddCheckoutShippingConsignmentsInput', 'CheckoutAddressInput', 'Money']) assert.ok(names.includes(name), name);
});

test('no token, a malformed token and a wrong one are 401 with an errors array and no data', async () => {
  const query = '{ site { checkout(entityId: "x") { entityId } } }';
  const none = await client.call('POST', '/graphql', { query });
  assert.equal(none.status, 401);
  assert.deepEqual(none.body, { errors: [{ message: 'GraphQL credentials were missing. No token was sent.' }] });
  const junk = await gql(query, {}, { Authorization: 'Bearer junk' });
  assert.equal(junk.status, 401);
  assert.match(junk.body.errors[0].message, /String is not a JWT/);
  const forged = await gql(query, {}, { Authorization: 'Bearer a.b.c' });
  assert.match(forged.body.errors[0].message, /JWT signature is invalid/);
});

test('a document the schema refuses is a 200 with validation errors and locations', async () => {
  const reply = await gql('{ site { checkout(entityId: "x") { nope } } }');
  assert.equal(reply.status, 200);
  assert.match(reply.body.errors[0].message, /Cannot query field "nope" on type "Checkout"/);
  assert.deepEqual(reply.body.errors[0].locations, [{ line: 1, column: 36 }]);
  const missing = await gql('mutation($i: AddCheckoutShippingConsignmentsInput!) { checkout { addCheckoutShippingConsignments(input: $i) { checkout { entityId } } } }', {
    i: { checkoutEntityId: 'x', data: { consignments: [{ address: { countryCode: 'US' }, lineItems: [] }] } },
  });
  assert.match(missing.body.errors[0].message, /shouldSaveAddress/);
  const two = await gql('mutation { checkout { a: deleteCheckoutConsignment(input: { checkoutEntityId: "x", consignmentEntityId: "y" }) { checkout { entityId } } b: deleteCheckoutConsignment(input: { checkoutEntityId: "x", consignmentEntityId: "z" }) { checkout { entityId } } } }');
  assert.match(two.body.errors[0].message, /one mutation/);
});

test('a consignment added through GraphQL is seen through REST and the other way round', async () => {
  const checkout = await seedCart(client);
  const mug = firstPhysical(checkout, 101);
  const reply = await gql(addDoc, {
    addCheckoutShippingConsignmentsInput: {
      checkoutEntityId: checkout.id,
      version: checkout.version,
      data: {
        consignments: [
          {
            address: { ...gqlAddress, customFields: { texts: [{ fieldEntityId: 26, text: 'Happy birthday!' }], checkboxes: [{ fieldEntityId: 30, fieldValueEntityIds: [0, 2] }], multipleChoices: [{ fieldEntityId: 29, fieldValueEntityId: 2 }], numbers: [{ fieldEntityId: 28, number: 12 }], dates: [{ fieldEntityId: 27, date: '2026-12-24T00:00:00Z' }] } },
            lineItems: [{ lineItemEntityId: mug.id, quantity: 2 }],
          },
        ],
      },
    },
  });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  assert.equal(reply.body.errors, undefined);
  const answered = reply.body.data.checkout.addCheckoutShippingConsignments.checkout;
  assert.equal(answered.version, checkout.version! + 1);
  const [consignment] = answered.shippingConsignments;
  assert.equal(consignment.address.city, 'San Francisco');
  assert.equal(consignment.selectedShippingOption, null);
  assert.ok(consignment.availableShippingOptions.length > 0);
  assert.equal(consignment.availableShippingOptions.filter((o: { isRecommended: boolean }) => o.isRecommended).length, 1);
  assert.equal(consignment.availableShippingOptions[0].cost.currencyCode, 'USD');
  const byType = Object.fromEntries(consignment.address.customFields.map((f: { __typename: string }) => [f.__typename, f]));
  assert.equal(byType.CheckoutAddressTextFieldCustomField.text, 'Happy birthday!');
  assert.deepEqual(byType.CheckoutAddressCheckboxesCustomField.valueEntityIds, [0, 2]);
  assert.equal(byType.CheckoutAddressMultipleChoiceCustomField.valueEntityId, 2);
  assert.equal(byType.CheckoutAddressNumberCustomField.number, 12);
  assert.equal(byType.CheckoutAddressDateCustomField.date.utc, '2026-12-24T00:00:00Z');

  const rest = await read(client, checkout.id);
  assert.equal(rest.consignments.length, 1);
  assert.deepEqual(rest.consignments[0]!.address.customFields.find((f) => f.fieldId === 'field_30')?.fieldValue, ['0', '2']);
  assert.equal(rest.consignments[0]!.address.customFields.find((f) => f.fieldId === 'field_27')?.fieldValue, '2026-12-24');

  // REST selects; GraphQL sees it.
  const optionId = consignment.availableShippingOptions[0].entityId;
  await client.call('PUT', `/api/storefront/checkouts/${checkout.id}/consignments/${consignment.entityId}${withOptions}`, { shippingOptionId: optionId });
  const seen = await gql('query($id: String) { site { checkout(entityId: $id) { shippingConsignments { selectedShippingOption { entityId cost { value } } } } } }', { id: checkout.id });
  assert.equal(seen.body.data.site.checkout.shippingConsignments[0].selectedShippingOption.entityId, optionId);
});

test('a stale version is refused, and refusals are 200 with errors, path and a code; data stays null', async () => {
  const checkout = await seedCart(client);
  const mug = firstPhysical(checkout, 101);
  const input = (version: number) => ({
    addCheckoutShippingConsignmentsInput: { checkoutEntityId: checkout.id, version, data: { consignments: [{ address: gqlAddress, lineItems: [{ lineItemEntityId: mug.id, quantity: 1 }] }] } },
  });
  const stale = await gql(addDoc, input(checkout.version! - 1));
  assert.equal(stale.status, 200);
  assert.equal(stale.body.errors[0].extensions.code, 'CONFLICT');
  assert.deepEqual(stale.body.errors[0].path, ['checkout', 'addCheckoutShippingConsignments']);
  assert.equal(stale.body.data.checkout.addCheckoutShippingConsignments, null);
  const tooMany = await gql(addDoc, {
    addCheckoutShippingConsignmentsInput: { checkoutEntityId: checkout.id, data: { consignments: [{ address: gqlAddress, lineItems: [{ lineItemEntityId: mug.id, quantity: 9 }] }] } },
  });
  assert.equal(tooMany.body.errors[0].extensions.code, 'UNPROCESSABLE_ENTITY');
  assert.match(tooMany.body.errors[0].message, /Quantity exceeds/);
  assert.equal((await read(client, checkout.id)).consignments.length, 0);
  const unknown = await gql('{ site { checkout(entityId: "no-such-cart") { entityId } } }');
  assert.equal(unknown.body.data.site.checkout, null);
});

test('faults and store-behaviour switches apply to /graphql as to REST', async () => {
  const checkout = await seedCart(client);
  await setFaults(client, { errorRate: 1 }, checkout.id);
  const failed = await gql('query($id: String) { site { checkout(entityId: $id) { entityId } } }', { id: checkout.id });
  assert.equal(failed.status, 500);
  await setFaults(client, { errorRate: 0, conflictRate: 1 }, checkout.id);
  const mug = firstPhysical(checkout, 101);
  const conflict = await gql(addDoc, {
    addCheckoutShippingConsignmentsInput: { checkoutEntityId: checkout.id, data: { consignments: [{ address: gqlAddress, lineItems: [{ lineItemEntityId: mug.id, quantity: 1 }] }] } },
  });
  assert.equal(conflict.body.errors[0].extensions.code, 'CONFLICT');
  const log = (await client.call('GET', `/__emulator/requests?checkoutId=${checkout.id}`)).body.requests;
  assert.deepEqual(
    log.map((r: { path: string; operation?: string; fault?: string }) => [r.path, r.operation, r.fault]),
    [
      ['/api/storefront/checkouts/' + checkout.id, undefined, undefined],
      ['/graphql', 'checkout', 'error'],
      ['/graphql', 'addCheckoutShippingConsignments', 'conflict'],
    ],
  );
  // splitKeepsId: 'remainder' keeps the old id on the part left in the cart.
  await setFaults(client, { conflictRate: 0, splitKeepsId: 'remainder' }, checkout.id);
  const split = await gql(addDoc, {
    addCheckoutShippingConsignmentsInput: { checkoutEntityId: checkout.id, data: { consignments: [{ address: gqlAddress, lineItems: [{ lineItemEntityId: mug.id, quantity: 1 }] }] } },
  });
  assert.notDeepEqual(split.body.data.checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0].lineItemIds, [mug.id]);
});

test('CORS: the configured origin gets a preflight and headers; another origin and the REST API get none', async () => {
  const preflight = await fetch(`${client.server.url}/graphql`, {
    method: 'OPTIONS',
    headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), allowed);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
  const ok = await gql('{ site { settings { storeName } } }', {}, { Origin: allowed });
  assert.equal(ok.headers.get('access-control-allow-origin'), allowed);

  const other = 'http://evil.example';
  const refusedPreflight = await fetch(`${client.server.url}/graphql`, { method: 'OPTIONS', headers: { Origin: other, 'Access-Control-Request-Method': 'POST' } });
  assert.equal(refusedPreflight.headers.get('access-control-allow-origin'), null);
  const refused = await gql('{ site { settings { storeName } } }', {}, { Origin: other });
  assert.equal(refused.status, 403);
  assert.match(refused.body.errors[0].message, /'Origin' header invalid/);

  const rest = await client.call('GET', '/api/storefront/form-fields', undefined, { Origin: allowed });
  assert.equal(rest.headers.get('access-control-allow-origin'), null);
});

test('the store form fields and countries as GraphQL offers them', async () => {
  const reply = await gql(`{ site { settings { formFields { shippingAddress { __typename entityId label isBuiltIn isRequired
      ... on TextFormField { maxLength } ... on PicklistFormField { choosePrefix options { entityId label } } ... on NumberFormField { minNumber maxNumber } } } } }
    geography { countries(filters: { code: "US" }) { code name statesOrProvinces { name abbreviation } } } }`);
  const fields = reply.body.data.site.settings.formFields.shippingAddress;
  assert.deepEqual(fields.slice(0, 2).map((f: { entityId: number; label: string }) => [f.entityId, f.label]), [[4, 'First Name'], [5, 'Last Name']]);
  const leave = fields.find((f: { entityId: number }) => f.entityId === 29);
  assert.equal(leave.__typename, 'PicklistFormField');
  assert.equal(leave.options[2].label, 'Reception');
  const [us] = reply.body.data.geography.countries;
  assert.equal(us.code, 'US');
  assert.ok(us.statesOrProvinces.some((s: { abbreviation: string }) => s.abbreviation === 'TX'));
});
