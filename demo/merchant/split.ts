// A stand-in for the widget while it does not exist yet: split the session's cart across two
// destinations over the Storefront API and select the recommended option on each, so the
// merchant panel has a complete checkout to turn into an order. The widget replaces this.

interface Option {
  id: string;
  isRecommended: boolean;
}
interface Consignment {
  id: string;
  selectedShippingOption?: Option;
  availableShippingOptions?: Option[];
}
interface Checkout {
  id: string;
  consignments: Consignment[];
  cart: { lineItems: { physicalItems: Array<{ id: string; quantity: number }> } };
}

const include = '?include=consignments.availableShippingOptions';

export const standInDestinations = [
  { firstName: 'Ada', lastName: 'Lovelace', address1: '1 Market St', city: 'San Francisco', stateOrProvinceCode: 'CA', countryCode: 'US', postalCode: '94105' },
  { firstName: 'Alan', lastName: 'Turing', address1: '1 King St', city: 'London', countryCode: 'GB', postalCode: 'SW1A 1AA' },
];

async function call(method: string, path: string, body?: unknown): Promise<Checkout> {
  const response = await fetch(path, {
    method,
    credentials: 'include',
    headers: { Accept: 'application/vnd.bc.v1+json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  if (!response.ok) {
    const problem = json as { title?: string; detail?: string };
    throw new Error(`${method} ${path}: ${response.status} ${problem.title ?? ''} ${problem.detail ?? ''}`.trim());
  }
  return (Array.isArray(json) ? json[0] : json) as Checkout;
}

/** The session's cart id (= its checkout id), or undefined when the session has none. */
export async function sessionCheckoutId(): Promise<string | undefined> {
  const carts = (await (await fetch('/api/storefront/carts', { credentials: 'include' })).json()) as Array<{ id: string }>;
  return carts[0]?.id;
}

export async function splitCartAcrossTwo(): Promise<string> {
  const id = await sessionCheckoutId();
  if (!id) throw new Error('The session has no cart');
  let checkout = await call('GET', `/api/storefront/checkouts/${id}${include}`);
  for (const consignment of checkout.consignments) {
    checkout = await call('DELETE', `/api/storefront/checkouts/${id}/consignments/${consignment.id}${include}`);
  }
  // Half of each item's units to each destination (the odd unit to the first); single items go
  // to the second, which keeps the first under the seeded store's $150 free-shipping threshold
  // so its real rates show.
  const [first, second] = standInDestinations;
  const toFirst: Array<{ itemId: string; quantity: number }> = [];
  const toSecond: Array<{ itemId: string; quantity: number }> = [];
  checkout.cart.lineItems.physicalItems.forEach((item) => {
    const here = item.quantity === 1 ? 0 : Math.ceil(item.quantity / 2);
    if (here > 0) toFirst.push({ itemId: item.id, quantity: here });
    if (item.quantity - here > 0) toSecond.push({ itemId: item.id, quantity: item.quantity - here });
  });
  const destinations = [
    { address: first, lineItems: toFirst },
    { address: second, lineItems: toSecond },
  ].filter((destination) => destination.lineItems.length > 0);
  checkout = await call('POST', `/api/storefront/checkouts/${id}/consignments${include}`, destinations);
  // A write may drop another destination's selection: a few rounds restore every one.
  for (let round = 0; round < 4; round += 1) {
    const missing = checkout.consignments.filter((c) => !c.selectedShippingOption);
    if (missing.length === 0) break;
    for (const consignment of missing) {
      const current = checkout.consignments.find((c) => c.id === consignment.id);
      const option = current?.availableShippingOptions?.find((o) => o.isRecommended);
      if (!option) throw new Error(`Destination ${consignment.id} has no shipping option`);
      checkout = await call('PUT', `/api/storefront/checkouts/${id}/consignments/${consignment.id}${include}`, { shippingOptionId: option.id });
    }
  }
  return id;
}
