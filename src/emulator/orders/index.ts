// The orders placed in this emulator session, their shipping addresses, products and shipments.
import type { CheckoutRegistry } from '../registry.js';
import type { Checkout } from '../sdk-types.js';
import type { ShippingStore } from '../shipping/index.js';
import {
  orderStatus,
  rfc2822,
  type Order,
  type OrderProduct,
  type OrderShipment,
  type OrderShippingAddress,
  type OrderShippingQuote,
} from './model.js';
import { placeOrder, type Ids } from './place.js';
import { Refusal } from './refusal.js';
import {
  asBody,
  cannotWrite,
  generatedTrackingLink,
  providerDisplayName,
  required,
  shipmentItems,
  shipmentText,
} from './shipments.js';

export { Refusal } from './refusal.js';
export { incompleteness } from './place.js';
export type * from './model.js';

export interface OrderStore {
  reset(): void;
  place(checkout: Checkout): Order;
  orders(): Order[];
  order(id: number): Order | undefined;
  /** undefined when the order does not exist, here and below. */
  products(orderId: number): OrderProduct[] | undefined;
  shippingAddresses(orderId: number): OrderShippingAddress[] | undefined;
  /** Edits the address fields (shippingAddress_Put); costs are not recalculated, as the spec says. */
  updateShippingAddress(orderId: number, addressId: number, body: unknown): OrderShippingAddress | undefined;
  shippingQuote(orderId: number, addressId: number): OrderShippingQuote | undefined;
  shipments(orderId: number): OrderShipment[] | undefined;
  shipment(orderId: number, shipmentId: number): OrderShipment | undefined;
  /** Throws Refusal(400) with a precise message for a request the order cannot honour. */
  createShipment(orderId: number, body: unknown): OrderShipment | undefined;
  updateShipment(orderId: number, shipmentId: number, body: unknown): OrderShipment | undefined;
  deleteShipment(orderId: number, shipmentId: number): boolean;
  deleteShipments(orderId: number): boolean;
}

export interface OrderStoreDeps {
  storeHash: string;
  shipping: Pick<ShippingStore, 'zoneFor' | 'methodOfOption'>;
  products: CheckoutRegistry['product'];
  /** For tests that want fixed dates. */
  now?: () => Date;
}

interface Record_ {
  order: Order;
  addresses: OrderShippingAddress[];
  products: OrderProduct[];
  quotes: Map<number, OrderShippingQuote>;
  shipments: OrderShipment[];
}

const writableAddressFields = [
  'first_name', 'last_name', 'company', 'street_1', 'street_2', 'city', 'state', 'zip', 'country', 'country_iso2', 'phone', 'email', 'shipping_method',
] as const;

const FIRST_ORDER_ID = 100;
const clone = <T>(value: T): T => structuredClone(value);

export function createOrderStore(deps: OrderStoreDeps): OrderStore {
  const now = deps.now ?? (() => new Date());
  let records = new Map<number, Record_>();
  let counters = { order: FIRST_ORDER_ID, address: 1, product: 1, productOption: 1, shipment: 1 };
  const ids: Ids = {
    order: () => counters.order++,
    address: () => counters.address++,
    product: () => counters.product++,
    productOption: () => counters.productOption++,
  };

  function reset(): void {
    records = new Map();
    counters = { order: FIRST_ORDER_ID, address: 1, product: 1, productOption: 1, shipment: 1 };
  }

  /** Shipped counts on products, addresses and the order follow the shipments that exist. */
  function recount(record: Record_): void {
    for (const product of record.products) product.quantity_shipped = 0;
    for (const shipment of record.shipments) {
      for (const item of shipment.items) {
        const product = record.products.find((p) => p.id === item.order_product_id);
        if (product) product.quantity_shipped += item.quantity;
      }
    }
    for (const address of record.addresses) {
      address.items_shipped = record.products
        .filter((p) => p.order_address_id === address.id)
        .reduce((sum, p) => sum + p.quantity_shipped, 0);
    }
    const order = record.order;
    order.items_shipped = record.products.reduce((sum, p) => sum + p.quantity_shipped, 0);
    const physicalUnits = record.products.filter((p) => p.type === 'physical').reduce((sum, p) => sum + p.quantity, 0);
    const status =
      order.items_shipped === 0
        ? orderStatus.awaitingFulfillment
        : order.items_shipped >= physicalUnits
          ? orderStatus.shipped
          : orderStatus.partiallyShipped;
    const date = rfc2822(now());
    if (status.id !== order.status_id) order.date_modified = date;
    if (status === orderStatus.shipped && order.status_id !== status.id) order.date_shipped = date;
    if (status !== orderStatus.shipped) order.date_shipped = '';
    order.status_id = status.id;
    order.status = status.name;
  }

  const store: OrderStore = {
    reset,
    place(checkout) {
      const placed = placeOrder(checkout, {
        ids,
        storeHash: deps.storeHash,
        now: now(),
        products: deps.products,
        zoneFor: (address) =>
          deps.shipping.zoneFor({
            countryCode: address.countryCode,
            stateOrProvinceCode: address.stateOrProvinceCode,
            postalCode: address.postalCode,
            city: address.city,
          }),
        methodOfOption: (optionId) => deps.shipping.methodOfOption(optionId),
      });
      records.set(placed.order.id, { ...placed, shipments: [] });
      return clone(placed.order);
    },
    orders: () => clone([...records.values()].map((r) => r.order)),
    order: (id) => clone(records.get(id)?.order),
    products: (orderId) => clone(records.get(orderId)?.products),
    shippingAddresses: (orderId) => clone(records.get(orderId)?.addresses),
    updateShippingAddress(orderId, addressId, rawBody) {
      const address = records.get(orderId)?.addresses.find((a) => a.id === addressId);
      if (!address) return undefined;
      const body = asBody(rawBody);
      for (const [field, value] of Object.entries(body)) {
        if (field === 'form_fields') {
          if (!Array.isArray(value)) throw new Refusal(400, "The field 'form_fields' must be an array of {name, value}.");
          continue;
        }
        if (!(writableAddressFields as readonly string[]).includes(field)) throw cannotWrite(field);
        if (typeof value !== 'string') throw new Refusal(400, `The field '${field}' must be a string.`);
      }
      for (const field of writableAddressFields) {
        if (typeof body[field] === 'string') address[field] = body[field];
      }
      if (Array.isArray(body.form_fields)) address.form_fields = structuredClone(body.form_fields) as OrderShippingAddress['form_fields'];
      return clone(address);
    },
    shippingQuote: (orderId, addressId) => clone(records.get(orderId)?.quotes.get(addressId)),
    shipments: (orderId) => clone(records.get(orderId)?.shipments),
    shipment: (orderId, shipmentId) => clone(records.get(orderId)?.shipments.find((s) => s.id === shipmentId)),

    createShipment(orderId, rawBody) {
      const record = records.get(orderId);
      if (!record) return undefined;
      const body = asBody(rawBody);
      if (body.order_address_id === undefined || body.order_address_id === null) throw required('order_address_id');
      if (body.items === undefined || body.items === null) throw required('items');
      const address = record.addresses.find((a) => a.id === body.order_address_id);
      if (!address) {
        const known = record.addresses.map((a) => a.id).join(', ') || 'none';
        throw new Refusal(400, `Order address ${String(body.order_address_id)} is not on order ${orderId} (its shipping addresses: ${known}).`);
      }
      const items = shipmentItems(body.items, address, record.products);
      const text = shipmentText(Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'items' && k !== 'order_address_id')));
      const shipment: OrderShipment = {
        id: counters.shipment++,
        order_id: orderId,
        customer_id: record.order.customer_id,
        order_address_id: address.id,
        date_created: rfc2822(now()),
        ...text,
        billing_address: clone(record.order.billing_address),
        shipping_address: addressOf(address),
        items: items.map(({ product, quantity }) => ({ order_product_id: product.id, product_id: product.product_id, quantity })),
        shipping_provider_display_name: providerDisplayName(text.shipping_provider),
        generated_tracking_link: generatedTrackingLink(text),
      };
      record.shipments.push(shipment);
      recount(record);
      return clone(shipment);
    },

    updateShipment(orderId, shipmentId, rawBody) {
      const record = records.get(orderId);
      const shipment = record?.shipments.find((s) => s.id === shipmentId);
      if (!record || !shipment) return undefined;
      const body = asBody(rawBody);
      if ('items' in body) throw cannotWrite('items');
      if (body.order_address_id !== undefined && body.order_address_id !== shipment.order_address_id) {
        throw new Refusal(
          400,
          `Shipment ${shipmentId} cannot move to order address ${String(body.order_address_id)}: its items are on order address ${shipment.order_address_id}.`,
        );
      }
      const { order_address_id: _ignored, ...rest } = body;
      const text = shipmentText(rest, shipment);
      Object.assign(shipment, text, {
        shipping_provider_display_name: providerDisplayName(text.shipping_provider),
        generated_tracking_link: generatedTrackingLink(text),
      });
      return clone(shipment);
    },

    deleteShipment(orderId, shipmentId) {
      const record = records.get(orderId);
      if (!record?.shipments.some((s) => s.id === shipmentId)) return false;
      record.shipments = record.shipments.filter((s) => s.id !== shipmentId);
      recount(record);
      return true;
    },
    deleteShipments(orderId) {
      const record = records.get(orderId);
      if (!record) return false;
      record.shipments = [];
      recount(record);
      return true;
    },
  };
  return store;
}

function addressOf(address: OrderShippingAddress): OrderShipment['shipping_address'] {
  const { first_name, last_name, company, street_1, street_2, city, state, zip, country, country_iso2, phone, email } = address;
  return { first_name, last_name, company, street_1, street_2, city, state, zip, country, country_iso2, phone, email };
}
