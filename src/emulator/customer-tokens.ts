// Customer access tokens, as the GraphQL `login` mutation issues them for server-to-server
// callers: a value shaped like BigCommerce's documented example (64 hex digits, `_`, the expiry in
// Unix seconds), valid until it expires or the customer logs out anywhere.
import { randomBytes } from 'node:crypto';

export interface CustomerTokenOptions {
  /** How long a token lives (BigCommerce does not document it; the emulator's choice: one day). */
  ttlSeconds?: number;
  /** The clock, in ms (tests move it to expire tokens). */
  now?: () => number;
}

export type TokenCheck = { customerId: number } | { problem: 'unknown' | 'expired' };

export class CustomerAccessTokens {
  private tokens = new Map<string, { customerId: number; expiresAt: number }>();
  private readonly ttlMs: number;
  readonly now: () => number;

  constructor(options: CustomerTokenOptions = {}) {
    this.ttlMs = (options.ttlSeconds ?? 24 * 60 * 60) * 1000;
    this.now = options.now ?? Date.now;
  }

  /** A new token for the customer; whole seconds, as the documented `expiresAt` shows. */
  issue(customerId: number): { value: string; expiresAt: string } {
    const expiresAt = Math.floor((this.now() + this.ttlMs) / 1000) * 1000;
    const value = `${randomBytes(32).toString('hex')}_${expiresAt / 1000}`;
    this.tokens.set(value, { customerId, expiresAt });
    return { value, expiresAt: new Date(expiresAt).toISOString().replace('.000Z', 'Z') };
  }

  check(value: string): TokenCheck {
    const token = this.tokens.get(value);
    if (!token) return { problem: 'unknown' };
    if (token.expiresAt <= this.now()) return { problem: 'expired' };
    return { customerId: token.customerId };
  }

  /** "A customer access token becomes invalid on all devices when you log out of a single device." */
  revokeAll(customerId: number): void {
    for (const [value, token] of this.tokens) if (token.customerId === customerId) this.tokens.delete(value);
  }

  reset(): void {
    this.tokens.clear();
  }
}
