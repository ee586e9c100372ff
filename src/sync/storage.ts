// The intent survives a page reload: kept in sessionStorage (or any Storage-like object) under
// the checkout's id, with the links and what the engine learned about the store.
import type { Intent, Links, Removal } from '../core/index.js';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedSync {
  readonly intent: Intent;
  readonly links: Links;
  readonly removal: Removal;
}

const PREFIX = 'split-ship:';

export function storageKey(checkoutId: string): string {
  return `${PREFIX}${checkoutId}`;
}

/** sessionStorage when the page has one and allows it; null otherwise (private modes may throw). */
export function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function readSaved(storage: KeyValueStorage | null, checkoutId: string): SavedSync | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(storageKey(checkoutId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SavedSync>;
    if (!parsed.intent || !Array.isArray(parsed.intent.destinations)) return null;
    return { intent: parsed.intent, links: parsed.links ?? {}, removal: parsed.removal === 'move-out' ? 'move-out' : 'put' };
  } catch {
    return null;
  }
}

export function writeSaved(storage: KeyValueStorage | null, checkoutId: string, saved: SavedSync): void {
  if (!storage) return;
  try {
    storage.setItem(storageKey(checkoutId), JSON.stringify(saved));
  } catch {
    // Quota or privacy mode: the intent then lives only as long as the page.
  }
}

/** A storage that lives in memory, for tests and for pages without sessionStorage. */
export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}
