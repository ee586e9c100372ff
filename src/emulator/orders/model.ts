// Orders as the V2 Orders API shows them (field names from orders.v2.excerpt.yml; the order and
// order-product records follow the V2 order fields BigCommerce documents elsewhere, trimmed to
// what a merchant reads for shipping).

export interface V2Address {
  first_name: string;
  last_name: string;
  company: string;
  street_1: string;
  street_2: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  country_iso2: string;
  phone: string;
  email: string;
}

export interface ResourceLink {
  url: string;
  resource: string;
}

export interface OrderShippingAddress extends V2Address {
  id: number;
  order_id: number;
  items_total: number;
  items_shipped: number;
  shipping_method: string;
  base_cost: string;
  cost_ex_tax: string;
  cost_inc_tax: string;
  cost_tax: string;
  cost_tax_class_id: number;
  base_handling_cost: string;
  handling_cost_ex_tax: string;
  handling_cost_inc_tax: string;
  handling_cost_tax: string;
  handling_cost_tax_class_id: number;
  shipping_zone_id: number;
  shipping_zone_name: string;
  shipping_quotes: ResourceLink;
  form_fields: Array<{ name: string; value: string | number | string[] }>;
}

export interface OrderProductOption {
  id: number;
  option_id: number;
  order_product_id: number;
  product_option_id: number;
  display_name: string;
  display_value: string;
  value: string;
  name: string;
}

export interface OrderProduct {
  id: number;
  order_id: number;
  product_id: number;
  variant_id: number;
  /** The order shipping address this line goes to; 0 for digital products. */
  order_address_id: number;
  name: string;
  sku: string;
  type: 'physical' | 'digital';
  base_price: string;
  price_ex_tax: string;
  price_inc_tax: string;
  price_tax: string;
  base_total: string;
  total_ex_tax: string;
  total_inc_tax: string;
  total_tax: string;
  weight: number;
  quantity: number;
  quantity_shipped: number;
  quantity_refunded: number;
  is_refunded: boolean;
  fixed_shipping_cost: string;
  is_bundled_product: boolean;
  product_options: OrderProductOption[];
}

export interface OrderShipmentItem {
  order_product_id: number;
  product_id: number;
  quantity: number;
}

export interface OrderShipment {
  id: number;
  order_id: number;
  customer_id: number;
  order_address_id: number;
  date_created: string;
  tracking_number: string;
  merchant_shipping_cost: string;
  shipping_method: string;
  shipping_provider: string;
  tracking_carrier: string;
  tracking_link: string;
  comments: string;
  billing_address: V2Address;
  shipping_address: V2Address;
  items: OrderShipmentItem[];
  shipping_provider_display_name: string;
  generated_tracking_link: string;
}

export interface Order {
  id: number;
  customer_id: number;
  date_created: string;
  date_modified: string;
  date_shipped: string;
  status_id: number;
  status: string;
  subtotal_ex_tax: string;
  subtotal_inc_tax: string;
  subtotal_tax: string;
  base_shipping_cost: string;
  shipping_cost_ex_tax: string;
  shipping_cost_inc_tax: string;
  shipping_cost_tax: string;
  base_handling_cost: string;
  handling_cost_ex_tax: string;
  handling_cost_inc_tax: string;
  handling_cost_tax: string;
  total_ex_tax: string;
  total_inc_tax: string;
  total_tax: string;
  items_total: number;
  items_shipped: number;
  payment_method: string;
  payment_status: string;
  refunded_amount: string;
  currency_code: string;
  default_currency_code: string;
  discount_amount: string;
  coupon_discount: string;
  shipping_address_count: number;
  is_deleted: boolean;
  order_source: string;
  cart_id: string;
  channel_id: number;
  customer_message: string;
  staff_notes: string;
  billing_address: V2Address;
  products: ResourceLink;
  shipping_addresses: ResourceLink;
  shipments: ResourceLink;
}

/** V2 order statuses this emulator moves through. */
export const orderStatus = {
  awaitingFulfillment: { id: 11, name: 'Awaiting Fulfillment' },
  partiallyShipped: { id: 3, name: 'Partially Shipped' },
  shipped: { id: 2, name: 'Shipped' },
} as const;

/** RFC 2822 dates, as the V2 API writes them ("Mon, 11 Mar 2019 17:22:08 +0000"). */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** The quote persisted on an order shipping address (shippingQuotes_Base). */
export interface OrderShippingQuote {
  id: string;
  uuid: string;
  timestamp: string;
  shipping_provider_id: string;
  shipping_provider_quote: Array<Record<string, unknown>>;
  provider_code: string;
  carrier_code: string;
  rate_code: string;
  rate_id: string;
  method_id: number;
}
