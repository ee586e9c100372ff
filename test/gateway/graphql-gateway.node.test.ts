// GraphQLGateway where BigCommerce lets a customer access token be used: on a server (a headless
// storefront's /graphql proxy, a server-rendered page), against the emulator over real HTTP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GatewayError } from '../../src/gateway/gateway.js';
import { GraphQLGateway } from '../../src/gateway/graphql-gateway.js';
import { seedCart, useEmulator } from '../emulator/helpers.js';

let clock = Date.parse('2026-03-01T12:00:00Z');
const client = useEmulator({ now: () => clock });

const gateway = (checkoutId: string, customerAccessToken?: string) =>
  new GraphQLGateway({
    endpoint: `${client.server.url}/graphql`,
    storefrontToken: client.server.emulator.storefrontToken,
    checkoutId,
    ...(customerAccessToken ? { customerAccessToken } : {}),
  });

async function login(cartId: string): Promise<string> {
  const reply = await client.call(
    'POST',
    '/graphql',
    { query: 'mutation($cart: String) { login(email: "ada@example.com", password: "lovelace", guestCartEntityId: $cart) { customerAccessToken { value } } }', variables: { cart: cartId } },
    { Authorization: `Bearer ${client.server.emulator.storefrontToken}` },
  );
  return reply.body.data.login.customerAccessToken.value;
}

test("with the customer access token from login, the gateway reads the customer's saved addresses; without one, a guest's none", async () => {
  const { id } = await seedCart(client);
  const guest = gateway(id);
  await guest.load();
  assert.deepEqual(guest.savedAddresses(), []);

  const signedIn = gateway(id, await login(id));
  await signedIn.load();
  assert.deepEqual(
    signedIn.savedAddresses().map((s) => [s.id, s.address.city, s.address.stateOrProvince, s.address.stateOrProvinceCode, s.address.countryCode]),
    [
      [101, 'Austin', 'Texas', 'TX', 'US'],
      [102, 'Seattle', 'Washington', 'WA', 'US'],
      [103, 'Toronto', 'Ontario', 'ON', 'CA'],
    ],
  );
  assert.equal(signedIn.defaultCountry(), 'US');
});

test('an expired customer access token fails the read (invalid, 401, INVALID_CUSTOMER_ACCESS_TOKEN) instead of reading a customer\'s checkout as a guest', async () => {
  const { id } = await seedCart(client);
  const token = await login(id);
  clock += 25 * 60 * 60 * 1000;
  try {
    const error = await gateway(id, token).load().then(
      () => assert.fail('the read succeeded'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof GatewayError);
    assert.deepEqual([error.kind, error.status], ['invalid', 401]);
    assert.match(error.message, /Customer access token has expired/);
    assert.equal((error.cause as { extensions: { code: string } }[])[0]!.extensions.code, 'INVALID_CUSTOMER_ACCESS_TOKEN');
  } finally {
    clock -= 25 * 60 * 60 * 1000;
  }
});
