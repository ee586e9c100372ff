// Checkout and cart responses in the SDK's own types, plus the few fields BigCommerce's OpenAPI
// description lists that the SDK does not type (isMutable, originalPrice, type, couponDiscounts).
import { randomUUID } from 'node:crypto';
import type { CheckoutRecord, LineRecord } from './checkout-model.js';
import type { Checkouts } from './checkouts.js';
import { customerView } from './customers.js';
import { JsonBytes } from './http.js';
import type { Cart, Checkout, Consignment, CustomItem, DigitalItem, GiftCertificateItem, PhysicalItem } from './sdk-types.js';

/** The `include` query as a set; accepts comma lists and repeated parameters. */
export function parseInclude(url: URL): Set<string> {
  return new Set(
    url.searchParams
      .getAll('include')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
}

const money = (value: number): number => Math.round(value * 100) / 100;

const currency = { name: 'US Dollar', code: 'USD', symbol: '$', decimalPlaces: 2 };

/** The store's own address (the checkout settings' siteLink): the carts spec types `url` and `imageUrl` as absolute URIs. */
const storeOrigin = 'http://localhost';

type SpecLineExtras = { isMutable: boolean; originalPrice: number; type: 'physical' | 'digital' };

/** `prefix` is 'cart.' for the checkout's includes and '' for the cart API's own. */
function lineItem(line: LineRecord, include: Set<string>, prefix: string): PhysicalItem & SpecLineExtras {
  const group = line.kind === 'digital' ? 'digitalItems' : 'physicalItems';
  const price = line.unitPrice;
  // No parentId: the specs type it as a string (or number), never null, and the SDK's is optional;
  // the emulator has no child items (bundles, promotions) that would carry one.
  const item: PhysicalItem & SpecLineExtras = {
    id: line.id,
    variantId: line.variantId,
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    url: `${storeOrigin}/products/${line.productId}/`,
    quantity: line.quantity,
    brand: line.brand,
    isTaxable: true,
    imageUrl: `${storeOrigin}/product-images/${line.productId}.svg`,
    discounts: [],
    discountAmount: 0,
    couponAmount: 0,
    listPrice: price,
    salePrice: price,
    retailPrice: price,
    comparisonPrice: price,
    originalPrice: price,
    extendedListPrice: money(price * line.quantity),
    extendedSalePrice: money(price * line.quantity),
    extendedComparisonPrice: money(price * line.quantity),
    isShippingRequired: line.kind !== 'digital',
    isMutable: true,
    addedByAttributeId: null,
    addedByPromotion: false,
    type: line.kind === 'digital' ? 'digital' : 'physical',
  };
  if (include.has(`${prefix}lineItems.${group}.options`)) {
    item.options = line.options.map((o) => ({ name: o.name, nameId: o.nameId, value: o.value, valueId: o.valueId }));
  }
  if (include.has(`${prefix}lineItems.${group}.categoryNames`)) item.categoryNames = [...line.categories];
  if (include.has(`${prefix}lineItems.${group}.stockPosition`)) {
    item.stockPosition = { quantityOnHand: 100, quantityBackordered: 0, quantityOutOfStock: 0, backorderMessage: null };
  }
  return item;
}

function digitalItem(line: LineRecord, include: Set<string>, prefix: string): DigitalItem & SpecLineExtras {
  const { isShippingRequired: _ignored, ...base } = lineItem(line, include, prefix);
  return { ...base, downloadFileUrls: [], downloadPageUrl: '', downloadSize: '' };
}

function customItem(line: LineRecord): CustomItem {
  return {
    id: line.id,
    listPrice: line.unitPrice,
    extendedListPrice: money(line.unitPrice * line.quantity),
    name: line.name,
    quantity: line.quantity,
    sku: line.sku,
  };
}

function cartTotal(record: CheckoutRecord): number {
  return money(
    record.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) + record.giftCertificates.reduce((sum, g) => sum + g.amount, 0),
  );
}

/** The physical and digital items of a cart view: built, or stand-ins for their JSON (checkoutJson). */
type ItemViews = (record: CheckoutRecord, include: Set<string>, prefix: 'cart.' | '') => Pick<Cart['lineItems'], 'physicalItems' | 'digitalItems'>;

const builtItems: ItemViews = (record, include, prefix) => ({
  physicalItems: record.lines.filter((l) => l.kind === 'physical').map((l) => lineItem(l, include, prefix)),
  digitalItems: record.lines.filter((l) => l.kind === 'digital').map((l) => digitalItem(l, include, prefix)),
});

export function cartView(record: CheckoutRecord, include: Set<string>, prefix: 'cart.' | '', items: ItemViews = builtItems): Cart {
  const total = cartTotal(record);
  const customItems = record.lines.filter((l) => l.kind === 'custom').map(customItem);
  const lineItems: Cart['lineItems'] = {
    ...items(record, include, prefix),
    giftCertificates: record.giftCertificates.map((g): GiftCertificateItem & { type: 'giftCertificate' } => ({ ...structuredClone(g), type: 'giftCertificate' })),
    customItems,
  };
  return {
    id: record.id,
    customerId: record.customer?.id ?? 0,
    companyId: null,
    companyName: null,
    email: record.customer?.email ?? '',
    currency,
    isTaxIncluded: false,
    baseAmount: total,
    discountAmount: 0,
    cartAmount: total,
    coupons: [],
    discounts: [],
    lineItems,
    createdTime: record.createdTime,
    updatedTime: record.updatedTime,
    locale: 'en',
    version: record.version,
  };
}

export function checkoutView(checkouts: Checkouts, record: CheckoutRecord, include: Set<string>, items: ItemViews = builtItems): Checkout {
  checkouts.dropUnavailableSelections(record);
  const withOptions = include.has('consignments.availableShippingOptions');
  const consignments = record.consignments.map((c): Consignment & { couponDiscounts: [] } => {
    const options = checkouts.options(record, c);
    const selected = options.find((o) => o.id === c.selectedOptionId);
    const shippingCost = selected?.cost ?? 0;
    const view: Consignment & { couponDiscounts: [] } = {
      id: c.id,
      // Frozen (see newConsignment), so the view can share it.
      address: c.address,
      shippingAddress: c.address,
      discounts: [],
      couponDiscounts: [],
      handlingCost: checkouts.handlingCost(record, c),
      shippingCost,
      shippingCostBeforeDiscount: shippingCost,
      comparisonShippingCost: shippingCost,
      lineItemIds: [...c.lineItemIds],
    };
    if (withOptions) view.availableShippingOptions = [...options];
    if (selected) view.selectedShippingOption = { ...selected };
    return view;
  });
  const subtotal = cartTotal(record);
  const shippingCostTotal = money(consignments.reduce((s, c) => s + c.shippingCost, 0));
  const handlingCostTotal = money(consignments.reduce((s, c) => s + c.handlingCost, 0));
  const grandTotal = money(subtotal + shippingCostTotal + handlingCostTotal);
  const checkout: Checkout = {
    id: record.id,
    cart: cartView(record, include, 'cart.', items),
    customer: customerView(record.customer, include.has('customer.customerGroup')),
    customerMessage: record.customerMessage,
    consignments,
    taxes: [],
    discounts: [],
    displayDiscountTotal: 0,
    isStoreCreditApplied: false,
    coupons: [],
    giftWrappingCostTotal: 0,
    comparisonShippingCost: shippingCostTotal,
    shippingCostTotal,
    shippingCostBeforeDiscount: shippingCostTotal,
    shouldExecuteSpamCheck: false,
    handlingCostTotal,
    taxTotal: 0,
    subtotal,
    grandTotal,
    outstandingBalance: grandTotal,
    orderBasedAutoDiscountTotal: 0,
    manualDiscountTotal: 0,
    giftCertificates: [],
    balanceDue: grandTotal,
    createdTime: record.createdTime,
    updatedTime: record.updatedTime,
    channelId: 1,
    fees: [],
    totalDiscount: 0,
    version: record.version,
  };
  if (record.orderId !== undefined) checkout.orderId = record.orderId;
  if (record.billingAddress) checkout.billingAddress = structuredClone(record.billingAddress);
  if (include.has('promotions') || include.has('promotions.banners')) checkout.promotions = [];
  if (include.has('payments')) checkout.payments = [];
  return checkout;
}

// A split cart answers every write with every line item (1800 for 60 items to 30 places, ~800 KB
// of JSON). A line record is frozen (the same object is the same line), so its JSON for one
// include shape is kept, and so is the whole list's while the cart holds the same line objects
// (kept on its first line): the answer is the rest of the view serialized around them.
const lineBytes = new Map<string, WeakMap<LineRecord, Buffer>>();
const listBytes = new WeakMap<LineRecord, Map<string, { lines: readonly LineRecord[]; bytes: Buffer }>>();
const [open, comma, close] = ['[', ',', ']'].map((c) => Buffer.from(c)) as [Buffer, Buffer, Buffer];

function itemsJson(lines: readonly LineRecord[], kind: 'physical' | 'digital', include: Set<string>): Buffer {
  const group = kind === 'digital' ? 'digitalItems' : 'physicalItems';
  const shape = `${kind}:${['options', 'categoryNames', 'stockPosition'].map((part) => (include.has(`cart.lineItems.${group}.${part}`) ? 1 : 0)).join('')}`;
  const first = lines[0];
  if (!first) return Buffer.from('[]');
  const known = listBytes.get(first)?.get(shape);
  if (known && known.lines.length === lines.length && known.lines.every((line, i) => line === lines[i])) return known.bytes;
  let byLine = lineBytes.get(shape);
  if (!byLine) lineBytes.set(shape, (byLine = new WeakMap()));
  const parts: Buffer[] = [open];
  for (const line of lines) {
    let bytes = byLine.get(line);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(kind === 'digital' ? digitalItem(line, include, 'cart.') : lineItem(line, include, 'cart.')));
      byLine.set(line, bytes);
    }
    if (parts.length > 1) parts.push(comma);
    parts.push(bytes);
  }
  parts.push(close);
  const bytes = Buffer.concat(parts);
  let byShape = listBytes.get(first);
  if (!byShape) listBytes.set(first, (byShape = new Map()));
  byShape.set(shape, { lines, bytes });
  return bytes;
}

/** Stand-ins the serialized view is cut at: unique, so no value a shopper sent can equal one. */
const standIns = { physical: `split-ship:physical-items:${randomUUID()}`, digital: `split-ship:digital-items:${randomUUID()}` } as const;

/** The checkout view as JSON bytes, exactly as JSON.stringify(checkoutView(…)) writes it. */
export function checkoutJson(checkouts: Checkouts, record: CheckoutRecord, include: Set<string>): JsonBytes {
  const view = checkoutView(checkouts, record, include, () => ({
    physicalItems: standIns.physical as unknown as PhysicalItem[],
    digitalItems: standIns.digital as unknown as DigitalItem[],
  }));
  const text = JSON.stringify(view);
  const cuts = (['physical', 'digital'] as const).map((kind) => ({ kind, at: text.indexOf(`"${standIns[kind]}"`), length: standIns[kind].length + 2 })).sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [];
  let from = 0;
  for (const { kind, at, length } of cuts) {
    parts.push(Buffer.from(text.slice(from, at)), itemsJson(record.lines.filter((line) => line.kind === kind), kind, include));
    from = at + length;
  }
  parts.push(Buffer.from(text.slice(from)));
  return new JsonBytes(parts);
}
