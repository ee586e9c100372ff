// PUT/POST/DELETE /shipping/carrier/connection, as the spec describes it: 204 whether the
// carrier accepted the credentials or not, 400 naming each missing field, DELETE needs only
// carrier_id. Connecting never enables a carrier: a zone method of its type does.
import { carrierIds, isCarrierId, missingConnectionFields, type CarrierId } from '../shipping/carriers.js';
import type { ShippingStore } from '../shipping/index.js';
import { cannotWrite, objectBody, v2Error } from './errors.js';

const missing = (fields: readonly string[]): Error =>
  v2Error(400, ...fields.map((field) => `Required fields missing [${field}]`));

export function handleCarrierConnection(method: 'PUT' | 'POST' | 'DELETE', shipping: ShippingStore, raw: unknown): void {
  const body = objectBody(raw ?? {});
  if ('id' in body) throw v2Error(400, cannotWrite('id'));
  const carrier = carrierOf(body.carrier_id);
  if (method === 'DELETE') {
    shipping.disconnectCarrier(carrier);
    return;
  }
  const connection = body.connection ?? {};
  if (typeof connection !== 'object' || connection === null || Array.isArray(connection)) {
    throw v2Error(400, "The field 'connection' must be an object.");
  }
  const absent = missingConnectionFields(carrier, connection as Record<string, unknown>);
  if (absent.length > 0) throw missing(absent);
  shipping.connectCarrier(carrier, connection as Record<string, unknown>);
}

function carrierOf(value: unknown): CarrierId {
  if (value === undefined || value === null || value === '') throw missing(['carrier_id']);
  if (!isCarrierId(value)) {
    throw v2Error(400, `The carrier '${String(value)}' is not supported. Use one of ${carrierIds.join(', ')}.`);
  }
  return value;
}
