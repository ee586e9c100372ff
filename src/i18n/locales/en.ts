// The English table is the source of truth: its keys are the keys every other table must have,
// and it is always bundled (the others load on demand). Patterns are ICU MessageFormat.
export const en = {
  itemsLeft: '{count, plural, =0 {Every item is placed} one {# item left to allocate} other {# items left to allocate}}',
  progress: '{left, number} of {total, plural, one {# item} other {# items}} left to allocate',
  destinationNumber: 'Destination {number}',
  shipsTo: '{count, plural, =0 {Nothing ships to {name} yet} one {# item ships to {name}} other {# items ship to {name}}}',
  deliveryTo: '{method, select, pickup {Collect at {place}} other {Deliver to {place}}}',
  quantityFor: 'Quantity of {item} for {destination}',
  quantityTooLarge: 'Only {max, plural, one {# unit is} other {# units are}} left for this destination',
  wholeNumbers: "Quantities can't be split: enter a whole number",
  retry: 'Try again',
  saving: 'Saving…',
  saved: 'Saved',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

/** A complete table: every English key, translated. */
export type EnMessages = { readonly [K in MessageKey]: string };
