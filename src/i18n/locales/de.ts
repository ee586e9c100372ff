import type { EnMessages } from './en.js';

const de: EnMessages = {
  itemsLeft: '{count, plural, =0 {Alle Artikel sind verteilt} one {Noch # Artikel zu verteilen} other {Noch # Artikel zu verteilen}}',
  progress: '{left, number} von {total, plural, one {# Artikel} other {# Artikeln}} noch zu verteilen',
  destinationNumber: 'Lieferziel {number}',
  shipsTo: '{count, plural, =0 {An {name} geht noch nichts} one {# Artikel geht an {name}} other {# Artikel gehen an {name}}}',
  deliveryTo: '{method, select, pickup {Abholung bei {place}} other {Lieferung an {place}}}',
  quantityFor: 'Menge von {item} für {destination}',
  quantityTooLarge: 'Für dieses Lieferziel {max, plural, one {ist nur noch # Stück} other {sind nur noch # Stück}} übrig',
  wholeNumbers: 'Mengen lassen sich nicht teilen: Bitte eine ganze Zahl eingeben',
  retry: 'Erneut versuchen',
  saving: 'Wird gespeichert…',
  saved: 'Gespeichert',
};

export default de;
