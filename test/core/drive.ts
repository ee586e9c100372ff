// Runs plan → first write → replan against the API model until nothing is left: the same loop
// the engine runs, without its retries, so planner properties can be checked in isolation.
import { afterWrite, holdings, isExecutable, plan, resolve, type CheckoutTruth, type Intent, type ItemKey, type Links, type Removal, type Write } from '../../src/core/index.js';
import type { ApiModel } from './api-model.js';

export interface Driven {
  links: Links;
  firstPlan: Write[];
  sent: Write[];
  removal: Removal;
}

export function drive(model: ApiModel, intent: Intent, maxRounds = 60, links: Links = {}): Driven {
  let truth = model.truth();
  let removal: Removal = 'put';
  const sent: Write[] = [];
  let firstPlan: Write[] | undefined;
  for (let round = 0; round < maxRounds; round++) {
    const writes = plan(truth, intent, links, { removal });
    firstPlan ??= writes;
    const write = writes[0];
    if (!write) return { links, firstPlan, sent, removal };
    if (!isExecutable(write)) throw new Error(`first write not executable: ${JSON.stringify(write)}`);
    const overTaken = takenFromWanted(truth, intent, links, write);
    if (overTaken.length > 0) throw new Error(`write ${JSON.stringify(write)} takes units destinations still want: ${overTaken.join('; ')}`);
    sent.push(write);
    const after = apply(model, write);
    const learned = afterWrite(truth, after, write, links);
    links = learned.links;
    if (learned.removalIgnored) removal = 'move-out';
    truth = after;
  }
  throw new Error(`did not converge in ${maxRounds} rounds; last plan ${JSON.stringify(plan(truth, intent, links, { removal }))}`);
}

export function apply(model: ApiModel, write: Write) {
  switch (write.kind) {
    case 'create':
      return model.create(write.entries.map((e) => ({ address: e.address, lineItems: e.lineItems })));
    case 'update':
      return model.update(write.consignmentId, { ...(write.address ? { address: write.address } : {}), lineItems: write.lineItems });
    case 'delete':
      return model.remove(write.consignmentId!);
    case 'select-option':
      return model.select(write.consignmentId!, write.shippingOptionId!);
  }
}

/**
 * Units a write moves out of consignments whose destinations still want them (beyond their
 * surplus): each is an intermediate state where some destination holds less than it asked
 * while the units sit elsewhere, which is what "no over-allocation" forbids. Empty when fine.
 */
export function takenFromWanted(truth: CheckoutTruth, intent: Intent, links: Links, write: Write): string[] {
  if (write.kind !== 'create' && write.kind !== 'update') return [];
  const held = holdings(truth);
  const holderOf = new Map(held.lines.map((l) => [l.id, l] as const));
  const wantOf = new Map(resolve(truth, intent, links).kept.map((k) => [k.consignment.id, k.want] as const));
  const target = write.kind === 'update' ? write.consignmentId : null;
  const taken = new Map<string, { holder: string; key: ItemKey; units: number }>();
  const refs = write.kind === 'update' ? write.lineItems : write.entries.flatMap((e) => e.lineItems);
  for (const ref of refs) {
    const line = holderOf.get(ref.itemId);
    if (!line || line.consignmentId === null || line.consignmentId === target) continue;
    const id = `${line.consignmentId} ${line.key}`;
    const seen = taken.get(id) ?? { holder: line.consignmentId, key: line.key, units: 0 };
    taken.set(id, { ...seen, units: seen.units + ref.quantity });
  }
  const problems: string[] = [];
  for (const { holder, key, units } of taken.values()) {
    const want = wantOf.get(holder);
    if (!want) continue; // no destination wants that consignment: all it holds is free to take
    const spare = (held.byConsignment.get(holder)?.get(key) ?? 0) - (want.get(key) ?? 0);
    if (units > spare) problems.push(`${units} of ${key} from ${holder}, which can spare ${spare}`);
  }
  return problems;
}
