// V2 Management API errors are arrays of `{status, message}` (see the spec's 400 examples).
import { HttpError } from '../http.js';

export interface V2Error {
  status: number;
  message: string;
}

export function v2Error(status: number, ...messages: string[]): HttpError {
  return new HttpError(
    status,
    messages.map((message): V2Error => ({ status, message })),
    'application/json',
  );
}

export const notFound = (): HttpError => v2Error(404, 'The requested resource was not found.');

export function cannotWrite(field: string): string {
  return `The field '${field}' cannot be written to. Please remove it from your request before trying again.`;
}

export function requiredField(field: string): string {
  return `The required field '${field}' was not supplied.`;
}

/** The body as an object, or a 400 in the V2 format. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw v2Error(400, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** Collects every problem of a request so one 400 names them all. */
export class Problems {
  readonly messages: string[] = [];
  add(message: string): void {
    this.messages.push(message);
  }
  throwIfAny(): void {
    if (this.messages.length > 0) throw v2Error(400, ...this.messages);
  }
}
