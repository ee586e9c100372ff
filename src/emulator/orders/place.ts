// Checkout → order, the way BigCommerce turns a paid checkout into an order: one order shipping
// address per consignment, one order product per line item (split line items stay separate),
// each physical product pointing at its shipping address.
import { orderFormFields } from '../custom-fields.js';
import type { Address, Checkout, Consignment } from '../sdk-types.js';
import type { CheckoutRegistry } from '../registry.js';
import type { Zone } from '../shipping/model.js';
import { money4 } from '../shipping/model.js';
import { formFields } from '../store-config.js';
import { randomUUID } from 'node:crypto';
import { Refusal } from './refusal.js';
import {
  orderStatus,
  type OrderShippingQuote,
  rfc2822,
  type Order,
  type OrderProduct,
  type OrderShippingAddress,
  type V2Address,
} from './model.js';

export interface Ids {
  order(): number;
  address(): number;
  product(): number;
  productOption(): number;
}

export interface PlacedOrder {
  order: Order;
  addresses: OrderShippingAddress[];
  products: OrderProduct[];
  /** The storefront quote each address was placed with, by order address id. */
  quotes: Map<number, OrderShippingQuote>;
}

export interface PlaceContext {
  ids: Ids;
  storeHash: string;
  now: Date;
  products: CheckoutRegistry['product'];
  zoneFor(address: Address): Zone | undefined;
  methodOfOption(optionId: string): number | undefined;
}

/** Fields an order needs on every shipping address (see the storefront reference's SOURCE.md). */
const requiredAddressFields = ['firstName', 'lastName', 'address1', 'city', 'countryCode'] as const;

/** Why this checkout cannot become an order yet, one sentence per reason; [] when it can. */
export function incompleteness(checkout: Checkout): string[] {
  const reasons: string[] = [];
  const shippable = [...checkout.cart.lineItems.physicalItems, ...(checkout.cart.lineItems.customItems ?? [])];
  const assigned = new Set(checkout.consignments.flatMap((c) => c.lineItemIds.map(String)));
  for (const item of shippable) {
    if (!assigned.has(String(item.id))) {
      reasons.push(`Line item ${item.id} (${item.name}, quantity ${item.quantity}) is in no consignment.`);
    }
  }
  for (const consignment of checkout.consignments) {
    if (!consignment.selectedShippingOption) {
      reasons.push(`Consignment ${consignment.id} (${describe(consignment.address)}) has no selected shipping option.`);
    }
    const missing = requiredAddressFields.filter((field) => !String(consignment.address[field] ?? '').trim());
    if (missing.length > 0) {
      reasons.push(`Consignment ${consignment.id} (${describe(consignment.address)}) is missing address fields: ${missing.join(', ')}.`);
    }
  }
  return reasons;
}

function describe(address: Address): string {
  return [address.city, address.countryCode].filter(Boolean).join(', ') || 'no address';
}

export function placeOrder(checkout: Checkout, context: PlaceContext): PlacedOrder {
  if (checkout.orderId) {
    throw new Refusal(409, `Checkout ${checkout.id} was already placed as order ${checkout.orderId}.`);
  }
  const reasons = incompleteness(checkout);
  if (reasons.length > 0) throw new Refusal(422, `The checkout is not complete. ${reasons.join(' ')}`);

  const { ids, now } = context;
  const orderId = ids.order();
  const email = checkout.billingAddress?.email || checkout.customer.email || '';
  const firstAddress = checkout.consignments[0]?.address;
  const billing = checkout.billingAddress?.address1
    ? v2Address(checkout.billingAddress, email)
    : firstAddress
      ? v2Address(firstAddress, email)
      : emptyAddress(email);
  const base = `https://api.bigcommerce.com/stores/${context.storeHash}/v2`;
  const link = (resource: string): { url: string; resource: string } => ({ url: `${base}${resource}`, resource });

  const physical = new Map(checkout.cart.lineItems.physicalItems.map((item) => [String(item.id), item]));
  const custom = new Map((checkout.cart.lineItems.customItems ?? []).map((item) => [String(item.id), item]));
  const addresses: OrderShippingAddress[] = [];
  const products: OrderProduct[] = [];
  const quotes = new Map<number, OrderShippingQuote>();

  const product = (fields: {
    productId: number;
    variantId: number;
    addressId: number;
    name: string;
    sku: string;
    type: 'physical' | 'digital';
    unitPrice: number;
    total: number;
    quantity: number;
    options: Array<{ nameId: number; name: string; valueId: number; value: string }>;
  }): OrderProduct => {
    const id = ids.product();
    return {
      id,
      order_id: orderId,
      product_id: fields.productId,
      variant_id: fields.variantId,
      order_address_id: fields.addressId,
      name: fields.name,
      sku: fields.sku,
      type: fields.type,
      base_price: money4(fields.unitPrice),
      price_ex_tax: money4(fields.unitPrice),
      price_inc_tax: money4(fields.unitPrice),
      price_tax: money4(0),
      base_total: money4(fields.total),
      total_ex_tax: money4(fields.total),
      total_inc_tax: money4(fields.total),
      total_tax: money4(0),
      weight: context.products(fields.productId)?.weight ?? 0,
      quantity: fields.quantity,
      quantity_shipped: 0,
      quantity_refunded: 0,
      is_refunded: false,
      fixed_shipping_cost: money4(0),
      is_bundled_product: false,
      product_options: fields.options.map((option) => ({
        id: ids.productOption(),
        option_id: option.nameId,
        order_product_id: id,
        product_option_id: option.nameId,
        display_name: option.name,
        display_value: option.value,
        value: String(option.valueId),
        name: option.name,
      })),
    };
  };

  for (const consignment of checkout.consignments) {
    const addressId = ids.address();
    let units = 0;
    for (const lineItemId of consignment.lineItemIds.map(String)) {
      const item = physical.get(lineItemId);
      const customItem = custom.get(lineItemId);
      if (item) {
        units += item.quantity;
        products.push(
          product({
            productId: item.productId,
            variantId: item.variantId,
            addressId,
            name: item.name,
            sku: item.sku,
            type: 'physical',
            unitPrice: item.salePrice,
            total: item.extendedSalePrice,
            quantity: item.quantity,
            options: (item.options ?? []).map((o) => ({ nameId: o.nameId, name: o.name, valueId: o.valueId ?? 0, value: o.value })),
          }),
        );
      } else if (customItem) {
        units += customItem.quantity;
        products.push(
          product({
            productId: 0,
            variantId: 0,
            addressId,
            name: customItem.name,
            sku: customItem.sku,
            type: 'physical',
            unitPrice: customItem.listPrice,
            total: customItem.extendedListPrice,
            quantity: customItem.quantity,
            options: [],
          }),
        );
      }
    }
    addresses.push(shippingAddress(consignment, { orderId, addressId, units, email, zone: context.zoneFor(consignment.address), link }));
    quotes.set(addressId, persistedQuote(consignment, addressId, context, checkout.cart.currency.code));
  }
  for (const item of checkout.cart.lineItems.digitalItems) {
    products.push(
      product({
        productId: item.productId,
        variantId: item.variantId,
        addressId: 0,
        name: item.name,
        sku: item.sku,
        type: 'digital',
        unitPrice: item.salePrice,
        total: item.extendedSalePrice,
        quantity: item.quantity,
        options: (item.options ?? []).map((o) => ({ nameId: o.nameId, name: o.name, valueId: o.valueId ?? 0, value: o.value })),
      }),
    );
  }

  const subtotal = products.reduce((sum, p) => sum + Number(p.total_ex_tax), 0);
  const shipping = checkout.consignments.reduce((sum, c) => sum + (c.selectedShippingOption?.cost ?? c.shippingCost), 0);
  const handling = checkout.consignments.reduce((sum, c) => sum + c.handlingCost, 0);
  const discount = checkout.cart.discountAmount ?? 0;
  const coupons = (checkout.coupons ?? []).reduce((sum, c) => sum + c.discountedAmount, 0);
  const total = subtotal + shipping + handling - discount - coupons;
  const date = rfc2822(now);
  const order: Order = {
    id: orderId,
    customer_id: checkout.customer.id ?? 0,
    date_created: date,
    date_modified: date,
    date_shipped: '',
    status_id: orderStatus.awaitingFulfillment.id,
    status: orderStatus.awaitingFulfillment.name,
    subtotal_ex_tax: money4(subtotal),
    subtotal_inc_tax: money4(subtotal),
    subtotal_tax: money4(0),
    base_shipping_cost: money4(shipping),
    shipping_cost_ex_tax: money4(shipping),
    shipping_cost_inc_tax: money4(shipping),
    shipping_cost_tax: money4(0),
    base_handling_cost: money4(handling),
    handling_cost_ex_tax: money4(handling),
    handling_cost_inc_tax: money4(handling),
    handling_cost_tax: money4(0),
    total_ex_tax: money4(total),
    total_inc_tax: money4(total),
    total_tax: money4(0),
    items_total: products.reduce((sum, p) => sum + p.quantity, 0),
    items_shipped: 0,
    payment_method: 'Emulator (no payment)',
    payment_status: '',
    refunded_amount: money4(0),
    currency_code: checkout.cart.currency.code,
    default_currency_code: checkout.cart.currency.code,
    discount_amount: money4(discount),
    coupon_discount: money4(coupons),
    shipping_address_count: addresses.length,
    is_deleted: false,
    order_source: 'www',
    cart_id: checkout.cart.id,
    channel_id: 1,
    customer_message: checkout.customerMessage ?? '',
    staff_notes: '',
    billing_address: billing,
    products: link(`/orders/${orderId}/products`),
    shipping_addresses: link(`/orders/${orderId}/shipping_addresses`),
    shipments: link(`/orders/${orderId}/shipments`),
  };
  return { order, addresses, products, quotes };
}

const staticProviders = new Set(['shipping_flatrate', 'shipping_byweight', 'shipping_bytotal', 'shipping_free', 'shipping_fixed']);

/** What GET …/shipping_quotes shows: real-time carriers keep the carrier's rate, store methods none. */
function persistedQuote(consignment: Consignment, addressId: number, context: PlaceContext, currency: string): OrderShippingQuote {
  const option = consignment.selectedShippingOption;
  const type = option?.type ?? '';
  const realTime = !staticProviders.has(type);
  return {
    id: String(addressId),
    uuid: randomUUID(),
    timestamp: rfc2822(context.now),
    shipping_provider_id: realTime ? 'bcrealtime' : 'bcstatic',
    shipping_provider_quote: realTime && option
      ? [{ rate: { value: option.cost.toFixed(2), unit: currency }, transitTime: option.transitTime, name: option.description }]
      : [],
    provider_code: realTime ? type.replace(/^shipping_/, '') : type,
    carrier_code: '',
    rate_code: '',
    rate_id: option?.id ?? '',
    // 0 for the zone's own free or fixed-cost option, which no method quoted.
    method_id: (option && context.methodOfOption(option.id)) ?? 0,
  };
}

function shippingAddress(
  consignment: Consignment,
  fields: {
    orderId: number;
    addressId: number;
    units: number;
    email: string;
    zone: Zone | undefined;
    link: (resource: string) => { url: string; resource: string };
  },
): OrderShippingAddress {
  const option = consignment.selectedShippingOption;
  const cost = option?.cost ?? consignment.shippingCost;
  return {
    id: fields.addressId,
    order_id: fields.orderId,
    ...v2Address(consignment.address, fields.email),
    items_total: fields.units,
    items_shipped: 0,
    shipping_method: option?.description ?? '',
    base_cost: money4(cost),
    cost_ex_tax: money4(cost),
    cost_inc_tax: money4(cost),
    cost_tax: money4(0),
    cost_tax_class_id: 2,
    base_handling_cost: money4(consignment.handlingCost),
    handling_cost_ex_tax: money4(consignment.handlingCost),
    handling_cost_inc_tax: money4(consignment.handlingCost),
    handling_cost_tax: money4(0),
    handling_cost_tax_class_id: 2,
    shipping_zone_id: fields.zone?.id ?? 0,
    shipping_zone_name: fields.zone?.name ?? '',
    shipping_quotes: fields.link(`/orders/${fields.orderId}/shipping_addresses/${fields.addressId}/shipping_quotes`),
    form_fields: orderFormFields(consignment.address.customFields ?? [], formFields().shippingAddress),
  };
}

function v2Address(address: Address, email: string): V2Address {
  return {
    first_name: address.firstName ?? '',
    last_name: address.lastName ?? '',
    company: address.company ?? '',
    street_1: address.address1 ?? '',
    street_2: address.address2 ?? '',
    city: address.city ?? '',
    state: address.stateOrProvince ?? '',
    zip: address.postalCode ?? '',
    country: address.country ?? '',
    country_iso2: address.countryCode ?? '',
    phone: address.phone ?? '',
    email,
  };
}

function emptyAddress(email: string): V2Address {
  return {
    first_name: '', last_name: '', company: '', street_1: '', street_2: '', city: '', state: '',
    zip: '', country: '', country_iso2: '', phone: '', email,
  };
}
