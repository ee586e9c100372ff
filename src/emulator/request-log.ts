// What the emulator was asked and how it answered, for tests, benchmarks and the demo's live log.
import type { FaultKind } from './faults.js';

export interface LoggedRequest {
  seq: number;
  /** ISO time the request arrived. */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** 0 while a request hangs (timeout fault) and after it is released unanswered. */
  status: number;
  durationMs: number;
  checkoutId?: string;
  fault?: FaultKind;
  /** For a write that timed out: whether it was applied before it hung. */
  applied?: boolean;
  /** POST /graphql: the mutation field it ran, or 'checkout' for a read. */
  operation?: string;
  /** POST /graphql: the `extensions.code` of each error it answered (HTTP 200 with errors). */
  errorCodes?: string[];
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  constructor(private readonly limit = 5000) {}

  start(method: string, url: URL, checkoutId?: string): LoggedRequest {
    const entry: LoggedRequest = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      durationMs: 0,
    };
    if (checkoutId !== undefined) entry.checkoutId = checkoutId;
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    return entry;
  }

  list(checkoutId?: string): LoggedRequest[] {
    return checkoutId === undefined ? [...this.entries] : this.entries.filter((e) => e.checkoutId === checkoutId);
  }

  /** Forgets the entries; seq keeps counting so a client polling by seq never sees one twice. */
  clear(): void {
    this.entries = [];
  }

  /** Forgets everything, seq included. */
  reset(): void {
    this.entries = [];
    this.seq = 0;
  }
}
