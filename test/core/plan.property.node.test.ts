// Property tests: for random carts, starting splits and intents, on every store behaviour,
// planning against the API model converges to the intent within the write bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addressMatches, holdings, physicalItemKey, plan, resolve, sameQuantities, type Intent, type Write } from '../../src/core/index.js';
import { ApiModel, type ModelSwitches } from './api-model.js';
import { drive, takenFromWanted } from './drive.js';

const switchesArb: fc.Arbitrary<ModelSwitches> = fc.record({
  splitKeepsId: fc.constantFrom('assigned' as const, 'remainder' as const, 'perUnit' as const),
  putRemovesItems: fc.boolean(),
  writesDropSelections: fc.boolean(),
});

const cartArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 });

/** A feasible intent: each key's units dealt out over up to `max` destinations. */
function intentArb(quantities: number[], prefix: string): fc.Arbitrary<Intent> {
  return fc.integer({ min: 0, max: 4 }).chain((count) =>
    fc
      .tuple(
        fc.array(fc.constantFrom('Oakland', 'Fresno', 'Reno'), { minLength: count, maxLength: count }),
        fc.array(fc.constantFrom(undefined, 'exp-US'), { minLength: count, maxLength: count }),
        ...quantities.map((q) => fc.array(fc.integer({ min: 0, max: count }), { minLength: q, maxLength: q })),
      )
      .map(([cities, options, ...units]) => ({
        destinations: cities.map((city, d) => {
          const items: Record<string, number> = {};
          quantities.forEach((_, i) => {
            // Each unit goes to destination (slot - 1), slot 0 meaning unallocated.
            const n = (units[i] as number[]).filter((slot) => slot === d + 1).length;
            if (n > 0) items[physicalItemKey(i + 1, (i + 1) * 10)] = n;
          });
          const option = options[d];
          return {
            id: `${prefix}${d}`,
            address: { firstName: 'A', lastName: 'B', address1: '1 St', city: city!, countryCode: 'US', postalCode: '94000' },
            items,
            ...(option ? { shippingOptionId: option } : {}),
          };
        }),
      })),
  );
}

function checkConverged(model: ApiModel, intent: Intent, links: Record<string, string>) {
  const truth = model.truth();
  const h = holdings(truth);
  const wanted = intent.destinations.filter((d) => Object.values(d.items).some((q) => q > 0));
  assert.equal(truth.consignments.length, wanted.length, 'one consignment per destination, no duplicates');
  const seen = new Set<string>();
  for (const d of wanted) {
    const id = links[d.id]!;
    assert.ok(!seen.has(id), 'no consignment shared');
    seen.add(id);
    const c = truth.consignments.find((x) => x.id === id);
    assert.ok(c, `destination ${d.id} kept its consignment`);
    assert.ok(sameQuantities(h.byConsignment.get(id)!, d.items), `destination ${d.id} holds exactly its units`);
    // "Recommended" keeps an offered selection already made, else takes the store's recommendation.
    if (d.shippingOptionId) assert.equal(c.selectedShippingOption?.id, d.shippingOptionId);
    else assert.ok(c.selectedShippingOption, `destination ${d.id} has an option`);
  }
}

/** 1 POST + a PUT per changed consignment + a DELETE per unwanted one + an option PUT per destination. */
function bound(model: ApiModel, intent: Intent, links: Record<string, string>): number {
  const r = resolve(model.truth(), intent, links);
  const changed = r.kept.filter(
    (k) => !addressMatches(k.consignment.address, k.destination.address) || !sameQuantities(r.holdings.byConsignment.get(k.consignment.id)!, Object.fromEntries(k.want)),
  ).length;
  return (r.created.length > 0 ? 1 : 0) + changed + r.unwanted.length + r.kept.length + r.created.length;
}

const itemWrites = (writes: Write[]) => writes.filter((w) => w.kind !== 'select-option').length;

test('from an empty checkout, K destinations cost exactly 1 + K writes on every store', () => {
  fc.assert(
    fc.property(switchesArb, cartArb.chain((q) => fc.tuple(fc.constant(q), intentArb(q, 'd'))), (switches, [quantities, intent]) => {
      const model = new ApiModel('chk', quantities.map((quantity, i) => ({ productId: i + 1, variantId: (i + 1) * 10, quantity })), switches);
      const k = intent.destinations.filter((d) => Object.keys(d.items).length > 0).length;
      const run = drive(model, intent);
      checkConverged(model, intent, run.links as Record<string, string>);
      assert.equal(run.sent.length, k === 0 ? 0 : 1 + k);
      assert.equal(run.firstPlan.length, run.sent.length);
    }),
    { numRuns: 300 },
  );
});

test('from any split to any other, plan → model → replan converges within the bound', () => {
  fc.assert(
    fc.property(
      switchesArb,
      cartArb.chain((q) => fc.tuple(fc.constant(q), intentArb(q, 'd'), intentArb(q, 'd'), fc.boolean())),
      (switches, [quantities, start, target, keepIds]) => {
        const model = new ApiModel('chk', quantities.map((quantity, i) => ({ productId: i + 1, variantId: (i + 1) * 10, quantity })), switches);
        const before = drive(model, start);
        // Either the same destinations edited, or all new ones (every old consignment unwanted).
        const intent = keepIds ? target : { destinations: target.destinations.map((d) => ({ ...d, id: `n${d.id}` })) };
        const limit = bound(model, intent, before.links as Record<string, string>);
        const firstPlan = plan(model.truth(), intent, before.links);
        assert.ok(firstPlan.length <= limit, `first plan ${firstPlan.length} writes, bound ${limit}`);
        const run = drive(model, intent, 60, before.links);
        checkConverged(model, intent, run.links as Record<string, string>);
        // A store that ignores removals costs the PUT that reveals it and a temporary consignment.
        const slack = switches.putRemovesItems ? 0 : 3;
        assert.ok(run.sent.length <= limit + slack, `sent ${run.sent.length} writes, bound ${limit} + ${slack}: ${JSON.stringify(run.sent)}`);
        if (switches.putRemovesItems && !switches.writesDropSelections) {
          // Never more than planned (fewer when a consignment emptied by a move vanishes).
          assert.ok(itemWrites(run.sent) <= itemWrites(firstPlan), 'the first plan was the whole plan');
        }
      },
    ),
    { numRuns: 600 },
  );
});

test('no write takes units a destination still wants: no intermediate state over-allocates an item', () => {
  fc.assert(
    fc.property(
      switchesArb,
      cartArb.chain((q) => fc.tuple(fc.constant(q), intentArb(q, 'd'), intentArb(q, 'd'))),
      (switches, [quantities, start, target]) => {
        const model = new ApiModel('chk', quantities.map((quantity, i) => ({ productId: i + 1, variantId: (i + 1) * 10, quantity })), switches);
        const before = drive(model, start);
        // Every write of the first plan that names real ids, read against the checkout it starts from.
        const writes = plan(model.truth(), target, before.links);
        assert.deepEqual(takenFromWanted(model.truth(), target, before.links, writes[0] ?? { kind: 'create', entries: [] }), []);
        // And each write drive() sends on the way (drive checks every one and throws otherwise).
        drive(model, target, 60, before.links);
      },
    ),
    { numRuns: 400 },
  );
});
