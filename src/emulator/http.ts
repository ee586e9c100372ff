// Small HTTP helpers shared by the emulator's routers. Node only.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Req = IncomingMessage;
export type Res = ServerResponse;

/** A route answers when it handled the request, false to let the next router try. */
export type Router = (req: Req, res: Res, url: URL) => Promise<boolean>;

/** Thrown by a handler to answer with a status and a body; the server turns it into a response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType = 'application/problem+json',
  ) {
    super(typeof body === 'object' && body && 'title' in body ? String(body.title) : `HTTP ${status}`);
  }
}

const problemTypes: Record<number, string> = {
  400: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
  401: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
  404: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
  409: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
  422: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
};

/** A problem+json error as the Storefront API sends it: `{status, title, type, detail}`. */
export function problem(status: number, title: string, detail = '', type?: string): HttpError {
  return new HttpError(status, {
    status,
    title,
    type: type ?? problemTypes[status] ?? 'about:blank',
    detail,
  });
}

export async function readJson(req: Req): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problem(400, 'The request body is not valid JSON', `Could not parse: ${text.slice(0, 80)}`);
  }
}

/** A response body already serialized, in parts (built from cached parts): sendJson sends them as they are. */
export class JsonBytes {
  constructor(readonly parts: readonly Buffer[]) {}

  get bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export function sendJson(res: Res, status: number, body: unknown, contentType = 'application/json'): void {
  // One UTF-8 encoding: a string given to end() is measured for Content-Length, then encoded.
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  if (body === undefined) {
    res.end();
    return;
  }
  const parts = body instanceof JsonBytes ? body.parts : [Buffer.from(JSON.stringify(body))];
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', parts.reduce((sum, part) => sum + part.length, 0));
  // Corked, the parts leave in one write, without being copied into one buffer first.
  res.cork();
  for (const part of parts) res.write(part);
  res.end();
}

export function sendError(res: Res, error: HttpError): void {
  sendJson(res, error.status, error.body, error.contentType);
}
