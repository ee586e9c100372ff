// A stand-in for the widget while it is not on the page: split the session's cart across two
// destinations through the sync engine (the same engine the widget drives), each with its
// recommended option, so the merchant panel has a complete checkout to turn into an order.
import { shippableItems, type DestinationIntent } from '../../src/core/index.js';
import { SdkGateway } from '../../src/gateway/index.js';
import { SyncEngine } from '../../src/sync/index.js';

export const standInDestinations = [
  { firstName: 'Ada', lastName: 'Lovelace', address1: '1 Market St', city: 'San Francisco', stateOrProvince: 'California', stateOrProvinceCode: 'CA', countryCode: 'US', postalCode: '94105' },
  { firstName: 'Alan', lastName: 'Turing', address1: '1 King St', city: 'London', countryCode: 'GB', postalCode: 'SW1A 1AA' },
];

/** The session's cart id (= its checkout id), or undefined when the session has none. */
export async function sessionCheckoutId(): Promise<string | undefined> {
  const carts = (await (await fetch('/api/storefront/carts', { credentials: 'include' })).json()) as Array<{ id: string }>;
  return carts[0]?.id;
}

export async function splitCartAcrossTwo(): Promise<string> {
  const checkoutId = await sessionCheckoutId();
  if (!checkoutId) throw new Error('The session has no cart');
  const engine = new SyncEngine({ gateway: new SdkGateway({ checkoutId }), storage: null });
  try {
    const loaded = await engine.load();
    // Half of each item's units to each destination (the odd unit to the first); single items
    // go to the second, which keeps the first under the seeded store's $150 free-shipping
    // threshold so its real rates show.
    const [first, second] = standInDestinations;
    const here: Record<string, number> = {};
    const there: Record<string, number> = {};
    for (const item of shippableItems(loaded.truth!).values()) {
      const units = item.quantity === 1 ? 0 : Math.ceil(item.quantity / 2);
      if (units > 0) here[item.key] = units;
      if (item.quantity - units > 0) there[item.key] = item.quantity - units;
    }
    const destinations: DestinationIntent[] = [
      { id: 'stand-in-1', address: first!, items: here },
      { id: 'stand-in-2', address: second!, items: there },
    ].filter((d) => Object.keys(d.items).length > 0);
    // Consignments the shopper made before are replaced by these two.
    engine.setIntent({ destinations });
    const state = await engine.settled();
    if (!state.complete) {
      const why = state.lastError?.message ?? state.destinations.map((d) => d.error?.message).filter(Boolean).join(' ');
      throw new Error(`The split did not complete${why ? `: ${why}` : ''}`);
    }
    return checkoutId;
  } finally {
    engine.dispose();
  }
}
