// The emulator answers with the SDK's own types, so a field the SDK expects cannot be forgotten.
// The SDK exports only its service, so each type is reached through it.
import type { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';

type Selectors = ReturnType<ReturnType<typeof createCheckoutService>['getState']>['data'];

export type Checkout = NonNullable<ReturnType<Selectors['getCheckout']>>;
export type Cart = Checkout['cart'];
export type Consignment = Checkout['consignments'][number];
export type ShippingOption = NonNullable<Consignment['selectedShippingOption']>;
export type Address = Consignment['address'];
export type PhysicalItem = Cart['lineItems']['physicalItems'][number];
export type DigitalItem = Cart['lineItems']['digitalItems'][number];
export type CustomItem = NonNullable<Cart['lineItems']['customItems']>[number];
export type GiftCertificateItem = Cart['lineItems']['giftCertificates'][number];
export type CheckoutSettings = NonNullable<ReturnType<Selectors['getConfig']>>;
export type FormField = NonNullable<ReturnType<Selectors['getShippingAddressFields']>>[number];
export type Country = NonNullable<ReturnType<Selectors['getShippingCountries']>>[number];
