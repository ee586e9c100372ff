import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Checkout } from '../../src/emulator/sdk-types.js';
import { useEmulator, withOptions, type Client } from './helpers.js';

const client = useEmulator();
const signIn = '/internalapi/v1/checkout/customer';
const ada = { email: 'ada@example.com', password: 'lovelace' };

/** A cart in a new session: its id and the session cookie. */
async function sessionCart(c: Client): Promise<{ id: string; cookie: Record<string, string> }> {
  const created = await c.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 101, variantId: 1011, quantity: 2 }] });
  assert.equal(created.status, 200);
  return { id: created.body.id, cookie: { Cookie: created.headers.get('set-cookie')!.split(';')[0]! } };
}

async function checkout(c: Client, id: string, include = withOptions): Promise<Checkout> {
  const reply = await c.call<Checkout>('GET', `/api/storefront/checkout/${id}${include}`);
  assert.equal(reply.status, 200);
  return reply.body;
}

describe('signing in a store customer', () => {
  test('sign-in attaches the customer to the session\'s checkout: customer, cart.customerId and cart.email follow', async () => {
    const { id, cookie } = await sessionCart(client);
    const reply = await client.call('POST', signIn, ada, cookie);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.data.customer.customerId, 11);
    assert.equal(reply.body.data.customer.isGuest, false);
    assert.equal(reply.body.data.customer.email, 'ada@example.com');
    assert.equal(reply.body.data.customer.name, 'Ada Lovelace');
    assert.equal(reply.body.data.customer.addresses.length, 3);
    assert.equal(reply.body.data.customer.addresses[0].addressLine1, '500 Congress Ave');
    assert.deepEqual(reply.body.meta, {});

    const view = await checkout(client, id, '?include=customer.customerGroup');
    assert.equal(view.customer.id, 11);
    assert.equal(view.customer.isGuest, false);
    assert.equal(view.customer.email, 'ada@example.com');
    assert.equal(view.customer.firstName, 'Ada');
    assert.equal(view.customer.lastName, 'Lovelace');
    assert.equal(view.customer.fullName, 'Ada Lovelace');
    assert.deepEqual(view.customer.customerGroup, { id: 1, name: 'Retail' });
    assert.equal(view.cart.customerId, 11);
    assert.equal(view.cart.email, 'ada@example.com');
  });

  test('the checkout lists the customer\'s saved addresses in the SDK\'s CustomerAddress shape', async () => {
    const { id, cookie } = await sessionCart(client);
    await client.call('POST', signIn, ada, cookie);
    const { addresses } = (await checkout(client, id)).customer;
    assert.deepEqual(
      addresses.map((a) => [a.id, a.type, a.city, a.stateOrProvinceCode, a.countryCode]),
      [
        [101, 'residential', 'Austin', 'TX', 'US'],
        [102, 'commercial', 'Seattle', 'WA', 'US'],
        [103, 'residential', 'Toronto', 'ON', 'CA'],
      ],
    );
    const first = addresses[0]!;
    assert.deepEqual(Object.keys(first).sort(), [
      'address1', 'address2', 'city', 'company', 'country', 'countryCode', 'customFields', 'firstName', 'id', 'lastName',
      'phone', 'postalCode', 'stateOrProvince', 'stateOrProvinceCode', 'type',
    ]);
    assert.equal(first.country, 'United States');
    assert.equal(first.stateOrProvince, 'Texas');
  });

  test('every saved address is quoted by the seeded shipping zones', async () => {
    const { id, cookie } = await sessionCart(client);
    await client.call('POST', signIn, ada, cookie);
    const { customer, cart } = await checkout(client, id);
    const itemId = cart.lineItems.physicalItems[0]!.id;
    for (const saved of customer.addresses) {
      const { id: _id, type: _type, ...address } = saved;
      const reply = await client.call<Checkout>('POST', `/api/storefront/checkouts/${id}/consignments${withOptions}`, [
        { address, lineItems: [{ itemId, quantity: 2 }] },
      ]);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      const consignment = reply.body.consignments.find((c) => c.address.city === saved.city)!;
      assert.ok(consignment.availableShippingOptions!.length > 0, `no option for ${saved.city}`);
      assert.equal(reply.body.customer.id, 11, 'a consignment write keeps the customer');
    }
  });

  test('a wrong password is a 401 problem and changes nothing', async () => {
    const { id, cookie } = await sessionCart(client);
    const before = await checkout(client, id);
    for (const credentials of [{ email: 'ada@example.com', password: 'babbage' }, { email: 'nobody@example.com', password: 'lovelace' }]) {
      const reply = await client.call('POST', signIn, credentials, cookie);
      assert.equal(reply.status, 401);
      assert.match(reply.headers.get('content-type') ?? '', /problem\+json/);
      assert.equal(reply.body.status, 401);
      assert.equal(reply.body.title, 'Your email address or password is incorrect. Please try again.');
      assert.equal(typeof reply.body.type, 'string');
      assert.equal(typeof reply.body.detail, 'string');
    }
    assert.deepEqual(await checkout(client, id), before);
  });

  test('a missing email or password is a 400 naming the field', async () => {
    const { id, cookie } = await sessionCart(client);
    const noEmail = await client.call('POST', signIn, { password: 'lovelace' }, cookie);
    assert.equal(noEmail.status, 400);
    assert.equal(noEmail.body.title, 'email is required');
    const noPassword = await client.call('POST', signIn, { email: 'ada@example.com', password: '' }, cookie);
    assert.equal(noPassword.status, 400);
    assert.equal(noPassword.body.title, 'password is required');
    const noBody = await client.call('POST', signIn, undefined, cookie);
    assert.equal(noBody.status, 400);
    assert.equal((await checkout(client, id)).customer.isGuest, true);
  });

  test('the email is matched without regard to case or surrounding spaces', async () => {
    const { cookie } = await sessionCart(client);
    const reply = await client.call('POST', signIn, { email: ' Ada@Example.com ', password: 'lovelace' }, cookie);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.data.customer.customerId, 11);
  });

  test('sign-out detaches the customer: the checkout is a guest\'s again', async () => {
    const { id, cookie } = await sessionCart(client);
    await client.call('POST', signIn, ada, cookie);
    const reply = await client.call('DELETE', signIn, undefined, cookie);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.data.customer.isGuest, true);
    assert.equal(reply.body.data.customer.customerId, 0);
    const view = await checkout(client, id);
    assert.equal(view.customer.isGuest, true);
    assert.equal(view.customer.id, 0);
    assert.deepEqual(view.customer.addresses, []);
    assert.equal(view.cart.customerId, 0);
    assert.equal(view.cart.email, '');
  });

  test('sign-in concerns only its own session: another session\'s checkout stays a guest\'s', async () => {
    const mine = await sessionCart(client);
    const theirs = await sessionCart(client);
    await client.call('POST', signIn, ada, mine.cookie);
    assert.equal((await checkout(client, mine.id)).customer.id, 11);
    assert.equal((await checkout(client, theirs.id)).customer.isGuest, true);
  });

  test('a cart started in a signed-in session belongs to the customer', async () => {
    const first = await sessionCart(client);
    await client.call('POST', signIn, ada, first.cookie);
    const created = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 105, quantity: 1 }] }, first.cookie);
    assert.equal(created.status, 200);
    assert.equal(created.body.customerId, 11);
    assert.equal((await checkout(client, created.body.id)).customer.addresses.length, 3);
  });

  test('POST /__emulator/reset signs everyone out', async () => {
    const { cookie } = await sessionCart(client);
    await client.call('POST', signIn, ada, cookie);
    await client.call('POST', '/__emulator/reset');
    const created = await client.call('POST', '/api/storefront/carts', { lineItems: [{ productId: 105, quantity: 1 }] }, cookie);
    assert.equal(created.body.customerId, 0);
    assert.equal((await checkout(client, created.body.id)).customer.isGuest, true);
  });
});
