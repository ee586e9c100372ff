// A small pure model of the Storefront consignment API, for tests only. It applies writes with
// the split semantics the planner must survive, chosen by switches like the emulator's faults.
import type { AddressFields, CheckoutTruth, TruthConsignment, TruthPhysicalItem, TruthShippingOption } from '../../src/core/index.js';

export interface ModelSwitches {
  /** Which part of a split line item keeps the old id; perUnit splits the moved part into units. */
  splitKeepsId: 'assigned' | 'remainder' | 'perUnit';
  putRemovesItems: boolean;
  writesDropSelections: boolean;
}

export const defaultSwitches: ModelSwitches = { splitKeepsId: 'assigned', putRemovesItems: true, writesDropSelections: false };

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Line {
  id: string;
  productId: number;
  variantId: number;
  quantity: number;
}

interface Cons {
  id: string;
  address: AddressFields;
  lineItemIds: string[];
  selected: string | null;
}

export interface RefIn {
  itemId: string;
  quantity: number;
}

/** Quotes depend on the country only; 'ZZ' is served by no zone. */
export function quotesFor(address: AddressFields): TruthShippingOption[] {
  if (address.countryCode === 'ZZ') return [];
  return [
    { id: `std-${address.countryCode}`, isRecommended: true, description: 'Standard', cost: 5 },
    { id: `exp-${address.countryCode}`, isRecommended: false, description: 'Express', cost: 15 },
  ];
}

export class ApiModel {
  private lines: Line[];
  private consignments: Cons[] = [];
  private seq = 0;
  writes = 0;

  constructor(
    readonly id: string,
    cart: readonly { productId: number; variantId: number; quantity: number }[],
    readonly switches: ModelSwitches = defaultSwitches,
  ) {
    this.lines = cart.map((c, i) => ({ id: `li-${i + 1}`, ...c }));
  }

  truth(): CheckoutTruth {
    const physicalItems: TruthPhysicalItem[] = this.lines.map((l) => ({ id: l.id, productId: l.productId, variantId: l.variantId, quantity: l.quantity, name: `P${l.productId}` }));
    const consignments: TruthConsignment[] = this.consignments.map((c) => {
      const options = quotesFor(c.address);
      const selected = options.find((o) => o.id === c.selected);
      return { id: c.id, address: { ...c.address }, lineItemIds: [...c.lineItemIds], availableShippingOptions: options, ...(selected ? { selectedShippingOption: selected } : {}) };
    });
    return structuredClone({ id: this.id, cart: { lineItems: { physicalItems, digitalItems: [], customItems: [], giftCertificates: [] } }, consignments });
  }

  private newId(prefix: string): string {
    return `${prefix}-${++this.seq}`;
  }

  private holderOf(lineId: string): Cons | undefined {
    return this.consignments.find((c) => c.lineItemIds.includes(lineId));
  }

  private detach(lineId: string): void {
    for (const c of this.consignments) c.lineItemIds = c.lineItemIds.filter((id) => id !== lineId);
  }

  private dropEmpty(): void {
    this.consignments = this.consignments.filter((c) => c.lineItemIds.length > 0);
  }

  private dropOthers(except: string | null): void {
    if (!this.switches.writesDropSelections) return;
    for (const c of this.consignments) if (c.id !== except) c.selected = null;
  }

  /**
   * Gives each (consignment, ref) its units. All refs of one request are read against the line
   * items as they were before the request; a line asked for in part is split.
   */
  private assign(requests: { to: Cons; ref: RefIn }[], keepPartialOwn: boolean): void {
    const byLine = new Map<string, { to: Cons; quantity: number }[]>();
    for (const { to, ref } of requests) {
      if (!Number.isInteger(ref.quantity) || ref.quantity <= 0) throw new ApiError(422, 'quantity must be positive');
      const line = this.lines.find((l) => l.id === ref.itemId);
      if (!line) throw new ApiError(422, `unknown line item ${ref.itemId}`);
      byLine.set(ref.itemId, [...(byLine.get(ref.itemId) ?? []), { to, quantity: ref.quantity }]);
    }
    for (const [lineId, parts] of byLine) {
      const line = this.lines.find((l) => l.id === lineId)!;
      const asked = parts.reduce((s, p) => s + p.quantity, 0);
      if (asked > line.quantity) throw new ApiError(422, `only ${line.quantity} of ${lineId}`);
    }
    for (const [lineId, parts] of byLine) {
      const line = this.lines.find((l) => l.id === lineId)!;
      const owner = this.holderOf(lineId);
      const asked = parts.reduce((s, p) => s + p.quantity, 0);
      // A PUT naming part of a line the consignment already holds, on a store that ignores removals.
      if (keepPartialOwn && parts.length === 1 && owner === parts[0]!.to) continue;
      if (parts.length === 1 && asked === line.quantity) {
        this.detach(lineId);
        parts[0]!.to.lineItemIds.push(lineId);
        continue;
      }
      const remainder = line.quantity - asked;
      this.detach(lineId);
      this.lines = this.lines.filter((l) => l.id !== lineId);
      const pieces: { to: Cons | undefined; quantity: number }[] = [];
      for (const part of parts) {
        if (this.switches.splitKeepsId === 'perUnit') for (let u = 0; u < part.quantity; u++) pieces.push({ to: part.to, quantity: 1 });
        else pieces.push(part);
      }
      if (remainder > 0) pieces.push({ to: owner, quantity: remainder });
      const keeper = this.switches.splitKeepsId === 'assigned' || remainder === 0 ? 0 : pieces.length - 1;
      pieces.forEach((piece, i) => {
        const id = i === keeper ? lineId : this.newId('line');
        this.lines.push({ ...line, id, quantity: piece.quantity });
        piece.to?.lineItemIds.push(id);
      });
    }
  }

  create(entries: readonly { address: AddressFields; lineItems: readonly RefIn[] }[]): CheckoutTruth {
    if (entries.length === 0) throw new ApiError(422, 'no consignments');
    const made: Cons[] = entries.map((e) => {
      if (e.lineItems.length === 0) throw new ApiError(422, 'a consignment needs line items');
      return { id: this.newId('con'), address: { ...e.address }, lineItemIds: [], selected: null };
    });
    this.consignments.push(...made);
    this.assign(entries.flatMap((e, i) => e.lineItems.map((ref) => ({ to: made[i]!, ref }))), false);
    this.dropEmpty();
    this.dropOthers(null);
    this.writes++;
    return this.truth();
  }

  update(id: string, body: { address?: AddressFields; lineItems?: readonly RefIn[] }): CheckoutTruth {
    const c = this.consignments.find((x) => x.id === id);
    if (!c) throw new ApiError(404, 'no such consignment');
    if (body.lineItems) {
      if (body.lineItems.length === 0) throw new ApiError(422, 'a consignment needs line items');
      const listed = new Set(body.lineItems.map((r) => r.itemId));
      if (this.switches.putRemovesItems) {
        for (const lineId of [...c.lineItemIds]) if (!listed.has(lineId)) this.detach(lineId);
        // A listed line it holds in part: the rest goes back to unassigned.
        for (const ref of body.lineItems) {
          if (c.lineItemIds.includes(ref.itemId)) this.detach(ref.itemId);
        }
      }
      this.assign(body.lineItems.map((ref) => ({ to: c, ref })), !this.switches.putRemovesItems);
    }
    if (body.address) {
      c.address = { ...body.address };
    }
    if (c.selected && !quotesFor(c.address).some((o) => o.id === c.selected)) c.selected = null;
    this.dropEmpty();
    this.dropOthers(id);
    this.writes++;
    return this.truth();
  }

  remove(id: string): CheckoutTruth {
    if (!this.consignments.some((c) => c.id === id)) throw new ApiError(404, 'no such consignment');
    this.consignments = this.consignments.filter((c) => c.id !== id);
    this.dropOthers(null);
    this.writes++;
    return this.truth();
  }

  select(id: string, optionId: string): CheckoutTruth {
    const c = this.consignments.find((x) => x.id === id);
    if (!c) throw new ApiError(404, 'no such consignment');
    if (!quotesFor(c.address).some((o) => o.id === optionId)) throw new ApiError(422, 'option not offered');
    c.selected = optionId;
    this.writes++;
    return this.truth();
  }
}
