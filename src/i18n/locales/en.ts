// The English table is the source of truth: its keys are the keys every other table must have,
// and it is always bundled (the others load on demand). Patterns are ICU MessageFormat
// ({name}, {count, plural, …}); a key's placeholders are the same in every language.
export const en = {
  // Loading and whole-checkout states
  loading: 'Loading your shipping options…',
  stillLoading: 'Still loading your checkout.',
  loadFailed: "We couldn't load your checkout.",
  emptyCart: 'Your cart is empty. Add something to ship first.',
  nothingToShip: 'Nothing in your cart needs shipping.',
  digitalItems: '{count, plural, one {This item is delivered digitally and needs no shipping:} other {These items are delivered digitally and need no shipping:}}',
  retry: 'Try again',
  // A button's visible text with the destination it acts on, for screen readers (the visible text comes first).
  actionFor: '{action}: {name}',

  // Mode
  modeLegend: 'How should your order ship?',
  modeOne: 'Ship to one address',
  modeMultiple: 'Ship to multiple addresses',
  confirmTitle: 'Ship everything to one address?',
  confirmText: '{count, plural, one {Everything will go to {name}, and the other destination will be removed.} other {Everything will go to {name}, and the other # destinations will be removed.}}',
  confirmYes: 'Ship to one address',
  confirmNo: 'Keep multiple addresses',

  // Items
  itemsToPlace: 'Items to allocate',
  itemLeft: '{left, plural, =0 {All {total} allocated} one {# of {total} left to allocate} other {# of {total} left to allocate}}',
  itemTimes: '{count} × {name}',
  itemsFor: 'Items for {name}',
  itemsShippingHere: 'Shipping here',
  itemForDestination: '{item}, for {name}',
  shipAllRemaining: 'Ship all remaining here',
  clear: 'Clear all',

  // Quantity field
  quantityLabel: 'Quantity of {label}',
  quantityDecrease: 'One fewer of {label}',
  quantityIncrease: 'One more of {label}',
  quantityEmpty: 'Enter a quantity (0 for none).',
  quantityNotANumber: 'Enter a whole number, like 2.',
  quantityFraction: "Use a whole number: items can't be split.",
  quantityNegative: "A quantity can't be below 0.",
  quantityTooMany: '{max, plural, =0 {None left to allocate: lower another destination first.} one {At most # can go here.} other {At most # can go here.}}',

  // Destinations
  destinationsLabel: 'Destinations',
  destinationNumber: 'Destination {number}',
  destinationName: '{recipient}, {place}',
  newDestination: 'New destination',
  shippingAddress: 'Shipping address',
  addDestination: 'Add destination',
  addressFor: 'Address for {name}',
  editAddress: 'Edit address',
  duplicate: 'Duplicate',
  remove: 'Remove',
  statusNeedsAddress: 'Needs an address',
  statusNeedsItems: 'No items yet',
  statusSaving: 'Saving…',
  statusSaved: 'Saved',
  statusError: 'Not saved',

  // Address form
  shipTo: 'Ship to',
  newAddress: 'A new address',
  requiredHint: 'Fields marked * are required.',
  useAddress: 'Use this address',
  saveAddress: 'Save address',
  cancel: 'Cancel',
  choose: 'Choose…',
  numberRange: 'From {min} to {max}',
  fieldRequired: 'This field is required.',
  fieldChoose: 'Choose one.',
  fieldTooLong: '{max, plural, one {Use at most # character} other {Use at most # characters}} (this has {count}).',
  fieldNotAnOption: 'Choose one of the options.',
  fieldNotANumber: 'Enter a whole number.',
  fieldTooSmall: 'Enter {min} or more.',
  fieldTooLarge: 'Enter {max} or less.',
  fieldNotADate: 'Enter a real date.',
  fieldDateTooEarly: 'Choose {min} or later.',
  fieldDateTooLate: 'Choose {max} or earlier.',

  // Shipping options
  shippingOptionFor: 'Shipping option for {name}',
  optionsLoading: 'Getting shipping options…',
  optionsNeedItems: 'Add items to see shipping options.',
  free: 'Free',
  recommended: 'Recommended',

  // Summary
  summaryTitle: 'Shipping summary',
  shippingTotal: 'Shipping',
  handlingIncluded: 'includes {amount} handling',
  shippingTotalPending: 'Not chosen yet',
  noItemsYet: 'No items yet',
  noOptionYet: 'No shipping option yet',
  itemsLeft: '{count, plural, =0 {Every item is allocated} one {# item left to allocate} other {# items left to allocate}}',
  whatIsLeft: 'What is left to do',
  readyToContinue: 'Everything is ready to ship.',
  reasonNeedsAddress: 'Add an address for {name}',
  reasonNeedsShippingAddress: 'Add a shipping address',
  reasonNeedsItems: 'Add items to {name}, or remove this destination',
  reasonUnallocated: "{count, plural, one {# item isn't allocated yet} other {# items aren't allocated yet}}",

  // Announcements and errors
  announceSaved: '{count, plural, =0 {Saved.} one {Saved. # item left to allocate.} other {Saved. # items left to allocate.}}',
  announceReady: 'Saved. Everything is ready to ship.',
  errorAt: '{name}: {error}',
  errorInvalid: 'The store could not accept this address. Check it and try again.',
  errorConflict: 'Your checkout changed in another tab, so it was reloaded. Check your destinations.',
  errorUnavailable: 'The store is not answering. Your changes are kept; try again in a moment.',
  errorRetrying: 'The store is not answering. Your changes are kept; retrying…',
  errorEmptyCart: 'Your cart is empty.',
  errorNotConverging: 'The store keeps changing these items back. Try again, or contact the store.',
  errorOptionUnavailable: 'The shipping option you chose is no longer offered here. Choose another.',
  errorNoOptions: "The store doesn't ship these items to this address. Try another address.",
  errorUnknown: 'Something went wrong. Try again.',
  errorCheckoutMissing: "We couldn't find this checkout. Reload the page to start again.",
  errorConfig: 'This page is not set up for split shipping. The site owner can find the details in the browser console.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

/** A complete table: every English key, translated. */
export type EnMessages = { readonly [K in MessageKey]: string };

