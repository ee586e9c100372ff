import type { EnMessages } from './en.js';

// German in the "Sie" form, as German checkouts address shoppers. Terms: Lieferadresse (an
// address), Lieferziel (a destination), Versandart, Artikel, verteilen; "checkout" is
// "der Bestellvorgang". Plurals need one and other.
const de: EnMessages = {
  // Loading and whole-checkout states
  loading: 'Ihre Versandarten werden geladen…',
  stillLoading: 'Der Bestellvorgang wird noch geladen.',
  loadFailed: 'Der Bestellvorgang konnte nicht geladen werden.',
  emptyCart: 'Ihr Warenkorb ist leer. Fügen Sie zuerst Artikel hinzu, die versendet werden sollen.',
  nothingToShip: 'Keiner der Artikel in Ihrem Warenkorb muss versendet werden.',
  digitalItems:
    '{count, plural, one {Dieser Artikel wird digital geliefert und muss nicht versendet werden:} other {Diese Artikel werden digital geliefert und müssen nicht versendet werden:}}',
  retry: 'Erneut versuchen',
  actionFor: '{action}: {name}',

  // Mode
  modeLegend: 'Wie soll Ihre Bestellung versendet werden?',
  modeOne: 'An eine Lieferadresse senden',
  modeMultiple: 'An mehrere Lieferadressen senden',
  confirmTitle: 'Alles an eine Lieferadresse senden?',
  confirmText:
    '{count, plural, one {Alles wird an {name} gesendet, und das andere Lieferziel wird entfernt.} other {Alles wird an {name} gesendet, und die anderen # Lieferziele werden entfernt.}}',
  confirmYes: 'An eine Lieferadresse senden',
  confirmNo: 'Mehrere Lieferadressen behalten',

  // Items
  itemsToPlace: 'Zu verteilende Artikel',
  itemLeft: '{left, plural, =0 {{total} von {total} verteilt} one {Noch # von {total} zu verteilen} other {Noch # von {total} zu verteilen}}',
  itemTimes: '{count} × {name}',
  itemsFor: 'Artikel für {name}',
  itemsShippingHere: 'Artikel für dieses Lieferziel',
  itemForDestination: '{item}, für {name}',
  shipAllRemaining: 'Alle restlichen Artikel hierhin senden',
  clear: 'Leeren',

  // Quantity field
  quantityLabel: 'Menge von {label}',
  quantityDecrease: 'Ein Stück weniger von {label}',
  quantityIncrease: 'Ein Stück mehr von {label}',
  quantityEmpty: 'Geben Sie eine Menge ein (0 für keine).',
  quantityNotANumber: 'Geben Sie eine ganze Zahl ein, z. B. 2.',
  quantityFraction: 'Verwenden Sie eine ganze Zahl: Artikel lassen sich nicht teilen.',
  quantityNegative: 'Die Menge darf nicht kleiner als 0 sein.',
  quantityTooMany:
    '{max, plural, =0 {Nichts mehr zu verteilen: Verringern Sie zuerst die Menge bei einem anderen Lieferziel.} one {Hier kann nur noch # verteilt werden.} other {Hier können nur noch # verteilt werden.}}',

  // Destinations
  destinationsLabel: 'Lieferziele',
  destinationNumber: 'Lieferziel {number}',
  destinationName: '{recipient}, {place}',
  newDestination: 'Neues Lieferziel',
  shippingAddress: 'Lieferadresse',
  addDestination: 'Lieferziel hinzufügen',
  addressFor: 'Lieferadresse für {name}',
  editAddress: 'Lieferadresse bearbeiten',
  duplicate: 'Duplizieren',
  remove: 'Entfernen',
  statusNeedsAddress: 'Lieferadresse fehlt',
  statusNeedsItems: 'Noch keine Artikel',
  statusSaving: 'Wird gespeichert…',
  statusSaved: 'Gespeichert',
  statusError: 'Nicht gespeichert',

  // Address form
  shipTo: 'Liefern an',
  newAddress: 'Neue Lieferadresse',
  requiredHint: 'Mit * gekennzeichnete Felder sind Pflichtfelder.',
  useAddress: 'Diese Lieferadresse verwenden',
  saveAddress: 'Lieferadresse speichern',
  cancel: 'Abbrechen',
  choose: 'Bitte wählen…',
  numberRange: 'Von {min} bis {max}',
  fieldRequired: 'Dieses Feld ist erforderlich.',
  fieldChoose: 'Bitte treffen Sie eine Auswahl.',
  fieldTooLong: '{max, plural, one {Verwenden Sie höchstens # Zeichen} other {Verwenden Sie höchstens # Zeichen}} (aktuell {count}).',
  fieldNotAnOption: 'Bitte wählen Sie eine der Optionen.',
  fieldNotANumber: 'Geben Sie eine ganze Zahl ein.',
  fieldTooSmall: 'Geben Sie einen Wert ab {min} ein.',
  fieldTooLarge: 'Geben Sie einen Wert bis {max} ein.',
  fieldNotADate: 'Geben Sie ein gültiges Datum ein.',
  fieldDateTooEarly: 'Wählen Sie ein Datum ab dem {min}.',
  fieldDateTooLate: 'Wählen Sie ein Datum bis zum {max}.',

  // Shipping options
  shippingOptionFor: 'Versandart für {name}',
  optionsLoading: 'Versandarten werden abgerufen…',
  optionsNeedItems: 'Fügen Sie Artikel hinzu, um die Versandarten zu sehen.',
  free: 'Kostenlos',
  recommended: 'Empfohlen',

  // Summary
  summaryTitle: 'Versandübersicht',
  shippingTotal: 'Versand',
  handlingIncluded: 'inkl. {amount} Bearbeitungsgebühr',
  shippingTotalPending: 'Noch nicht gewählt',
  noItemsYet: 'Noch keine Artikel',
  noOptionYet: 'Noch keine Versandart',
  itemsLeft: '{count, plural, =0 {Alle Artikel sind verteilt} one {Noch # Artikel zu verteilen} other {Noch # Artikel zu verteilen}}',
  whatIsLeft: 'Was noch zu tun ist',
  readyToContinue: 'Alles ist versandbereit.',
  reasonNeedsAddress: 'Fügen Sie eine Lieferadresse für {name} hinzu',
  reasonNeedsShippingAddress: 'Fügen Sie eine Lieferadresse hinzu',
  reasonNeedsItems: 'Fügen Sie Artikel zu {name} hinzu oder entfernen Sie dieses Lieferziel',
  reasonUnallocated: '{count, plural, one {# Artikel ist noch nicht verteilt} other {# Artikel sind noch nicht verteilt}}',

  // Announcements and errors
  announceSaved:
    '{count, plural, =0 {Gespeichert.} one {Gespeichert. Noch # Artikel zu verteilen.} other {Gespeichert. Noch # Artikel zu verteilen.}}',
  announceReady: 'Gespeichert. Alles ist versandbereit.',
  errorAt: '{name}: {error}',
  errorInvalid: 'Der Shop konnte diese Lieferadresse nicht annehmen. Prüfen Sie sie und versuchen Sie es erneut.',
  errorConflict: 'Ihr Bestellvorgang wurde in einem anderen Tab geändert und deshalb neu geladen. Prüfen Sie Ihre Lieferziele.',
  errorUnavailable: 'Der Shop antwortet nicht. Ihre Änderungen bleiben erhalten; versuchen Sie es gleich noch einmal.',
  errorRetrying: 'Der Shop antwortet nicht. Ihre Änderungen bleiben erhalten; neuer Versuch läuft…',
  errorEmptyCart: 'Ihr Warenkorb ist leer.',
  errorNotConverging: 'Der Shop setzt diese Artikel immer wieder zurück. Versuchen Sie es erneut oder wenden Sie sich an den Shop.',
  errorOptionUnavailable: 'Die gewählte Versandart wird hier nicht mehr angeboten. Bitte wählen Sie eine andere.',
  errorNoOptions: 'Der Shop versendet diese Artikel nicht an diese Lieferadresse. Versuchen Sie es mit einer anderen Lieferadresse.',
  errorUnknown: 'Ein Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
  errorCheckoutMissing: 'Dieser Bestellvorgang wurde nicht gefunden. Laden Sie die Seite neu, um von vorn zu beginnen.',
  errorConfig:
    'Diese Seite ist nicht für den Versand an mehrere Lieferadressen eingerichtet. Der Websitebetreiber findet die Details in der Browserkonsole.',
};

export default de;
