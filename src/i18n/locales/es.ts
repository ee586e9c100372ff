import type { EnMessages } from './en.js';

const es: EnMessages = {
  itemsLeft:
    '{count, plural, =0 {Todos los artículos están asignados} one {Queda # artículo por asignar} many {Quedan # de artículos por asignar} other {Quedan # artículos por asignar}}',
  progress: '{left, number} de {total, plural, one {# artículo} many {# de artículos} other {# artículos}} por asignar',
  destinationNumber: 'Destino {number}',
  shipsTo:
    '{count, plural, =0 {Todavía no se envía nada a {name}} one {Se envía # artículo a {name}} many {Se envían # de artículos a {name}} other {Se envían # artículos a {name}}}',
  deliveryTo: '{method, select, pickup {Recogida en {place}} other {Entrega en {place}}}',
  quantityFor: 'Cantidad de {item} para {destination}',
  quantityTooLarge:
    '{max, plural, one {Solo queda # unidad} many {Solo quedan # de unidades} other {Solo quedan # unidades}} para este destino',
  wholeNumbers: 'Las cantidades no se pueden dividir: introduce un número entero',
  retry: 'Volver a intentarlo',
  saving: 'Guardando…',
  saved: 'Guardado',
};

export default es;
