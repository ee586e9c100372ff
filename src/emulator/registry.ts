// The seam between the storefront side of the emulator (carts, checkouts) and the store side
// (shipping configuration, management API, orders). Both sides import these two interfaces.
import type { Checkout } from './sdk-types.js';
import type { ShippingStore } from './shipping/index.js';

export interface CheckoutRegistry {
  /** The checkout as GET /api/storefront/checkouts/{id}?include=consignments.availableShippingOptions would answer, or undefined. */
  get(id: string): Checkout | undefined;
  /** The most recently created or used checkout id (for the demo's "place order"). */
  latestId(): string | undefined;
  /** After an order is placed: set checkout.orderId (BigCommerce then treats the cart as done). */
  attachOrder(checkoutId: string, orderId: number): void;
  /** The catalog facts an order needs that the checkout doesn't carry. */
  product(productId: number): { name: string; weight: number; type: 'physical' | 'digital' } | undefined;
}

export interface ManagementDeps {
  token: string;
  storeHash: string;
  shipping: ShippingStore;
  checkouts: CheckoutRegistry;
}
