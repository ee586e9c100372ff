// Item keys: how the shopper sees one product line. Line-item ids change when the API splits a
// line, so everything the shopper chose is keyed by product, variant and options instead.
import type { CheckoutTruth, TruthItemOption } from './truth.js';

export type ItemKey = string;

export interface ShippableItem {
  readonly key: ItemKey;
  readonly kind: 'physical' | 'custom';
  readonly name: string;
  readonly sku: string;
  readonly imageUrl?: string;
  readonly productId?: number;
  readonly variantId?: number;
  readonly options: readonly TruthItemOption[];
  /** Units of this key in the cart, summed over every line item that carries it. */
  readonly quantity: number;
}

/** One cart line item that ships, with its key; `id` is always a string (the API mixes both). */
export interface ShippableLine {
  readonly id: string;
  readonly key: ItemKey;
  readonly quantity: number;
}

function optionPart(option: TruthItemOption): string {
  // Text options carry no valueId: their value is what makes the line different.
  const value = option.valueId ?? `t:${option.value ?? ''}`;
  return `${option.nameId}=${value}`;
}

/** Stable key of a physical item: the order of its options does not matter. */
export function physicalItemKey(productId: number, variantId: number, options: readonly TruthItemOption[] = []): ItemKey {
  const parts = options.map(optionPart).sort();
  return ['p', productId, variantId, ...parts].join(':');
}

export function customItemKey(sku: string, name: string): ItemKey {
  return `c:${encodeURIComponent(sku)}:${encodeURIComponent(name)}`;
}

// A split cart has a line per destination and item, and every plan and every state asks for the
// keys again: a line item's key is computed once (the SDK keeps an unchanged line's object).
const physicalKeys = new WeakMap<object, ItemKey>();
function keyOfPhysical(item: CheckoutTruth['cart']['lineItems']['physicalItems'][number]): ItemKey {
  let key = physicalKeys.get(item);
  if (key === undefined) {
    key = physicalItemKey(item.productId, item.variantId, item.options);
    physicalKeys.set(item, key);
  }
  return key;
}

/** Every cart line that needs shipping: physical items that require it, and custom items. */
export function shippableLines(truth: CheckoutTruth): ShippableLine[] {
  const { lineItems } = truth.cart;
  const lines: ShippableLine[] = [];
  for (const item of lineItems.physicalItems) {
    if (item.isShippingRequired === false) continue;
    lines.push({ id: String(item.id), key: keyOfPhysical(item), quantity: item.quantity });
  }
  for (const item of lineItems.customItems ?? []) {
    lines.push({ id: String(item.id), key: customItemKey(item.sku, item.name), quantity: item.quantity });
  }
  return lines;
}

// The planner and the state both ask for the items of the same checkout (one per answer).
const itemsOf = new WeakMap<CheckoutTruth, ReadonlyMap<ItemKey, ShippableItem>>();

/** The cart's shippable items by key, in cart order. Digital items and gift certificates never ship. */
export function shippableItems(truth: CheckoutTruth): ReadonlyMap<ItemKey, ShippableItem> {
  let items = itemsOf.get(truth);
  if (!items) {
    items = collectItems(truth);
    itemsOf.set(truth, items);
  }
  return items;
}

function collectItems(truth: CheckoutTruth): ReadonlyMap<ItemKey, ShippableItem> {
  // The first line of a key describes the item; a split cart has many lines per key.
  const first = new Map<ItemKey, ShippableItem>();
  const units = new Map<ItemKey, number>();
  const count = (key: ItemKey, quantity: number) => units.set(key, (units.get(key) ?? 0) + quantity);
  for (const item of truth.cart.lineItems.physicalItems) {
    if (item.isShippingRequired === false) continue;
    const key = keyOfPhysical(item);
    count(key, item.quantity);
    if (first.has(key)) continue;
    first.set(key, {
      key,
      kind: 'physical',
      name: item.name ?? '',
      sku: item.sku ?? '',
      ...(item.imageUrl ? { imageUrl: item.imageUrl } : {}),
      productId: item.productId,
      variantId: item.variantId,
      options: item.options ?? [],
      quantity: item.quantity,
    });
  }
  for (const item of truth.cart.lineItems.customItems ?? []) {
    const key = customItemKey(item.sku, item.name);
    count(key, item.quantity);
    if (!first.has(key)) first.set(key, { key, kind: 'custom', name: item.name, sku: item.sku, options: [], quantity: item.quantity });
  }
  const items = new Map<ItemKey, ShippableItem>();
  for (const [key, item] of first) {
    const quantity = units.get(key)!;
    items.set(key, quantity === item.quantity ? item : { ...item, quantity });
  }
  return items;
}
