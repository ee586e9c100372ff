// Shipment requests, checked the way a merchant needs: every item must be on the shipment's
// address and not already shipped; messages say which product, which address and how many.
import { money4, toNumber } from '../shipping/model.js';
import type { OrderProduct, OrderShipment, OrderShippingAddress } from './model.js';
import { Refusal } from './refusal.js';

/** The `shipping_provider` values the spec lists, plus third-party `carrier_{id}`. */
const providers: Record<string, string> = {
  '': '',
  auspost: 'Australia Post',
  canadapost: 'Canada Post',
  endicia: 'USPS',
  usps: 'USPS',
  fedex: 'FedEx',
  royalmail: 'Royal Mail',
  ups: 'UPS',
  upsready: 'UPS',
  upsonline: 'UPS',
  shipperhq: 'ShipperHQ',
};

const trackingLinks: Record<string, (n: string) => string> = {
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  endicia: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  upsready: (n) => `https://www.ups.com/track?tracknum=${n}`,
  upsonline: (n) => `https://www.ups.com/track?tracknum=${n}`,
  auspost: (n) => `https://auspost.com.au/mypost/track/#/details/${n}`,
  royalmail: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  canadapost: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/details/${n}`,
};

/** The shipment fields a merchant writes as text. */
export type ShipmentText = Pick<
  OrderShipment,
  'tracking_number' | 'merchant_shipping_cost' | 'shipping_method' | 'shipping_provider' | 'tracking_carrier' | 'tracking_link' | 'comments'
>;

const readOnly = ['id', 'order_id', 'customer_id', 'date_created', 'billing_address', 'shipping_address', 'shipping_provider_display_name', 'generated_tracking_link'];

export function asBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Refusal(400, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** The free-text fields of a POST or PUT, validated; `previous` fills what a PUT leaves out. */
export function shipmentText(body: Record<string, unknown>, previous?: ShipmentText): ShipmentText {
  for (const field of readOnly) {
    if (field in body) throw cannotWrite(field);
  }
  const text = (field: keyof ShipmentText, max?: number): string => {
    const value = body[field];
    if (value === undefined || value === null) return previous?.[field] ?? '';
    if (typeof value !== 'string') throw new Refusal(400, `The field '${field}' must be a string.`);
    if (max !== undefined && value.length > max) {
      throw new Refusal(400, `The field '${field}' must be at most ${max} characters long.`);
    }
    return value;
  };
  const provider = text('shipping_provider');
  if (!(provider in providers) && !/^carrier_\w+$/.test(provider)) {
    throw new Refusal(
      400,
      `The field 'shipping_provider' is invalid: '${provider}' is not one of ${Object.keys(providers).filter(Boolean).join(', ')}, '' or carrier_{your_carrier_id}.`,
    );
  }
  let cost = previous?.merchant_shipping_cost ?? money4(0);
  if (body.merchant_shipping_cost !== undefined && body.merchant_shipping_cost !== null) {
    const value = toNumber(body.merchant_shipping_cost);
    if (Number.isNaN(value) || value < 0) throw new Refusal(400, "The field 'merchant_shipping_cost' must be a non-negative number.");
    cost = money4(value);
  }
  return {
    tracking_number: text('tracking_number', 50),
    merchant_shipping_cost: cost,
    shipping_method: text('shipping_method'),
    shipping_provider: provider,
    tracking_carrier: text('tracking_carrier'),
    tracking_link: text('tracking_link', 500),
    comments: text('comments', 65535),
  };
}

export function cannotWrite(field: string): Refusal {
  return new Refusal(400, `The field '${field}' cannot be written to. Please remove it from your request before trying again.`);
}

export function required(field: string): Refusal {
  return new Refusal(400, `The required field '${field}' was not supplied.`);
}

/**
 * The items of a new shipment, merged per order product, each checked against the address:
 * it must be an order product of this order, on this address, with that many units left to ship.
 */
export function shipmentItems(
  raw: unknown,
  address: OrderShippingAddress,
  products: readonly OrderProduct[],
): Array<{ product: OrderProduct; quantity: number }> {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new Refusal(400, "The field 'items' must be a non-empty array of {order_product_id, quantity}.");
  }
  const wanted = new Map<number, number>();
  raw.forEach((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const id = item.order_product_id;
    const quantity = item.quantity;
    if (id === undefined || id === null) throw required(`items[${index}].order_product_id`);
    if (quantity === undefined || quantity === null) throw required(`items[${index}].quantity`);
    if (!Number.isInteger(id)) throw new Refusal(400, `The field 'items[${index}].order_product_id' must be an integer.`);
    if (!Number.isInteger(quantity) || (quantity as number) < 1) {
      throw new Refusal(400, `The field 'items[${index}].quantity' must be a positive integer.`);
    }
    wanted.set(id as number, (wanted.get(id as number) ?? 0) + (quantity as number));
  });
  return [...wanted].map(([id, quantity]) => {
    const product = products.find((p) => p.id === id);
    if (!product) {
      throw new Refusal(400, `Order product ${id} is not on order ${address.order_id}.`);
    }
    if (product.order_address_id !== address.id) {
      const where = product.order_address_id === 0 ? 'it is a digital product and ships nowhere' : `it ships to order address ${product.order_address_id}`;
      throw new Refusal(400, `Order product ${id} (${product.name}) is not on order address ${address.id}: ${where}.`);
    }
    const left = product.quantity - product.quantity_shipped;
    if (quantity > left) {
      throw new Refusal(
        400,
        `Cannot ship ${quantity} of order product ${id} (${product.name}) to order address ${address.id}: ` +
          `${product.quantity} ordered, ${product.quantity_shipped} already shipped, ${left} left to ship.`,
      );
    }
    return { product, quantity };
  });
}

export function providerDisplayName(provider: string): string {
  return providers[provider] ?? provider.replace(/^carrier_/, '');
}

/** Empty when the merchant gave a custom tracking_link, as the spec says. */
export function generatedTrackingLink(shipment: Pick<OrderShipment, 'tracking_number' | 'tracking_link' | 'shipping_provider' | 'tracking_carrier'>): string {
  if (!shipment.tracking_number || shipment.tracking_link) return '';
  const number = encodeURIComponent(shipment.tracking_number);
  const known = trackingLinks[shipment.shipping_provider];
  if (known) return known(number);
  if (shipment.shipping_provider || shipment.tracking_carrier) {
    const slug = shipment.tracking_carrier || shipment.shipping_provider;
    return `https://track.aftership.com/${encodeURIComponent(slug)}/${number}`;
  }
  return '';
}
