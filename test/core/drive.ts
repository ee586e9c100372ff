// Runs plan → first write → replan against the API model until nothing is left: the same loop
// the engine runs, without its retries, so planner properties can be checked in isolation.
import { afterWrite, isExecutable, plan, type Intent, type Links, type Removal, type Write } from '../../src/core/index.js';
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
