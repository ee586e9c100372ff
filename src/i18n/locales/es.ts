import type { EnMessages } from './en.js';

// Neutral Spanish for Latin America and Spain, addressing the shopper as "tú" (as BigCommerce's
// own Spanish checkout does). Terms: destino, opción de envío, artículo, asignar; "checkout" is
// "el proceso de compra". Plurals need one, many (1.000.000 "de" artículos) and other.
const es: EnMessages = {
  // Loading and whole-checkout states
  loading: 'Cargando tus opciones de envío…',
  stillLoading: 'Todavía se está cargando el proceso de compra.',
  loadFailed: 'No se pudo cargar el proceso de compra.',
  emptyCart: 'Tu carrito está vacío. Primero agrega algo para enviar.',
  nothingToShip: 'Ningún artículo de tu carrito requiere envío.',
  digitalItems:
    '{count, plural, one {Este artículo se entrega en formato digital y no requiere envío:} many {Estos artículos se entregan en formato digital y no requieren envío:} other {Estos artículos se entregan en formato digital y no requieren envío:}}',
  retry: 'Volver a intentarlo',
  actionFor: '{action}: {name}',

  // Mode
  modeLegend: '¿Cómo quieres enviar tu pedido?',
  modeOne: 'Enviar a una sola dirección',
  modeMultiple: 'Enviar a varias direcciones',
  confirmTitle: '¿Enviar todo a una sola dirección?',
  confirmText:
    '{count, plural, one {Todo se enviará a {name} y se eliminará el otro destino.} many {Todo se enviará a {name} y se eliminarán los otros # de destinos.} other {Todo se enviará a {name} y se eliminarán los otros # destinos.}}',
  confirmYes: 'Enviar a una sola dirección',
  confirmNo: 'Mantener varias direcciones',

  // Items
  itemsToPlace: 'Artículos por asignar',
  itemLeft:
    '{left, plural, =0 {Todo asignado ({total} de {total})} one {Queda # de {total} por asignar} many {Quedan # de {total} por asignar} other {Quedan # de {total} por asignar}}',
  itemTimes: '{count} × {name}',
  itemsFor: 'Artículos para {name}',
  itemsShippingHere: 'Artículos para este destino',
  itemForDestination: '{item}, para {name}',
  shipAllRemaining: 'Enviar aquí todo lo que queda',
  clear: 'Vaciar',

  // Quantity field
  quantityLabel: 'Cantidad de {label}',
  quantityDecrease: 'Quitar una unidad de {label}',
  quantityIncrease: 'Agregar una unidad de {label}',
  quantityEmpty: 'Indica una cantidad (0 para ninguno).',
  quantityNotANumber: 'Indica un número entero, como 2.',
  quantityFraction: 'Usa un número entero: los artículos no se pueden dividir.',
  quantityNegative: 'La cantidad no puede ser menor que 0.',
  quantityTooMany:
    '{max, plural, =0 {No queda ninguno por asignar: primero reduce la cantidad en otro destino.} one {Aquí cabe como máximo #.} many {Aquí caben como máximo #.} other {Aquí caben como máximo #.}}',

  // Destinations
  destinationsLabel: 'Destinos',
  destinationNumber: 'Destino {number}',
  destinationName: '{recipient}, {place}',
  newDestination: 'Nuevo destino',
  shippingAddress: 'Dirección de envío',
  addDestination: 'Agregar destino',
  addressFor: 'Dirección de {name}',
  editAddress: 'Editar dirección',
  duplicate: 'Duplicar',
  remove: 'Eliminar',
  statusNeedsAddress: 'Falta la dirección',
  statusNeedsItems: 'Aún no hay artículos',
  statusSaving: 'Guardando…',
  statusSaved: 'Guardado',
  statusError: 'No se guardó',

  // Address form
  shipTo: 'Enviar a',
  newAddress: 'Una dirección nueva',
  requiredHint: 'Los campos marcados con * son obligatorios.',
  useAddress: 'Usar esta dirección',
  saveAddress: 'Guardar dirección',
  cancel: 'Cancelar',
  choose: 'Selecciona…',
  numberRange: 'De {min} a {max}',
  fieldRequired: 'Este campo es obligatorio.',
  fieldChoose: 'Selecciona una opción.',
  fieldTooLong:
    '{max, plural, one {Usa # carácter como máximo} many {Usa # de caracteres como máximo} other {Usa # caracteres como máximo}} (ahora tiene {count}).',
  fieldNotAnOption: 'Selecciona una de las opciones.',
  fieldNotANumber: 'Indica un número entero.',
  fieldTooSmall: 'Indica un valor de {min} o superior.',
  fieldTooLarge: 'Indica un valor de {max} o inferior.',
  fieldNotADate: 'Indica una fecha válida.',
  fieldDateTooEarly: 'Selecciona una fecha a partir del {min}.',
  fieldDateTooLate: 'Selecciona una fecha hasta el {max}.',

  // Shipping options
  shippingOptionFor: 'Opción de envío para {name}',
  optionsLoading: 'Obteniendo las opciones de envío…',
  optionsNeedItems: 'Agrega artículos para ver las opciones de envío.',
  free: 'Gratis',
  recommended: 'Recomendada',

  // Summary
  summaryTitle: 'Resumen del envío',
  shippingTotal: 'Envío',
  handlingIncluded: 'incluye {amount} de manipulación',
  shippingTotalPending: 'Aún sin elegir',
  noItemsYet: 'Aún no hay artículos',
  noOptionYet: 'Aún no hay opción de envío',
  itemsLeft:
    '{count, plural, =0 {Todos los artículos están asignados} one {Queda # artículo por asignar} many {Quedan # de artículos por asignar} other {Quedan # artículos por asignar}}',
  whatIsLeft: 'Lo que falta por hacer',
  readyToContinue: 'Todo está listo para el envío.',
  reasonNeedsAddress: 'Agrega una dirección para {name}',
  reasonNeedsShippingAddress: 'Agrega una dirección de envío',
  reasonNeedsItems: 'Agrega artículos a {name} o elimina este destino',
  reasonUnallocated:
    '{count, plural, one {# artículo aún no está asignado} many {# de artículos aún no están asignados} other {# artículos aún no están asignados}}',

  // Announcements and errors
  announceSaved:
    '{count, plural, =0 {Guardado.} one {Guardado. Queda # artículo por asignar.} many {Guardado. Quedan # de artículos por asignar.} other {Guardado. Quedan # artículos por asignar.}}',
  announceReady: 'Guardado. Todo está listo para el envío.',
  errorAt: '{name}: {error}',
  errorInvalid: 'La tienda no pudo aceptar esta dirección. Revísala y vuelve a intentarlo.',
  errorConflict: 'El proceso de compra cambió en otra pestaña y se volvió a cargar. Revisa tus destinos.',
  errorUnavailable: 'La tienda no responde. Tus cambios se conservan; vuelve a intentarlo en un momento.',
  errorRetrying: 'La tienda no responde. Tus cambios se conservan; reintentando…',
  errorEmptyCart: 'Tu carrito está vacío.',
  errorNotConverging: 'La tienda sigue revirtiendo los cambios en estos artículos. Vuelve a intentarlo o ponte en contacto con la tienda.',
  errorOptionUnavailable: 'La opción de envío seleccionada ya no está disponible para este destino. Selecciona otra.',
  errorNoOptions: 'La tienda no envía estos artículos a esta dirección. Prueba con otra dirección.',
  errorUnknown: 'Se produjo un error. Vuelve a intentarlo.',
  errorCheckoutMissing: 'No se encontró este proceso de compra. Vuelve a cargar la página para empezar de nuevo.',
  errorConfig:
    'Esta página no está configurada para envíos a varias direcciones. El propietario del sitio puede consultar los detalles en la consola del navegador.',
};

export default es;
