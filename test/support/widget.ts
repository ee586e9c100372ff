// Helpers for widget tests in Chromium: mount <split-ship> on a cart of the emulator, reach into
// its shadow roots, type as a shopper would, and wait for the engine to settle.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SplitShip } from '../../src/index.js';
import { catalog, createCart } from './emulator-client.js';

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  return found;
}

export function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const [first] = deepAll<T>(root, selector);
  if (!first) throw new Error(`nothing matches ${selector}`);
  return first;
}

/** The visible text of an element and its shadow tree (what a shopper reads), whitespace folded. */
export function textOf(element: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    for (const child of children) walk(child);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A control by its accessible name as the widget sets it (aria-label, or the label's text). */
export function control<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string | RegExp): T {
  const matches = (text: string | null | undefined) => (typeof name === 'string' ? text?.trim() === name : !!text && name.test(text.trim()));
  for (const element of deepAll<T>(root, 'button, input, select, textarea')) {
    const label = element.getAttribute('aria-label') ?? (element as unknown as { labels?: NodeListOf<HTMLLabelElement> }).labels?.[0]?.textContent?.replace(/\*/g, '');
    if (matches(label) || (element.tagName === 'BUTTON' && matches(element.textContent))) return element;
  }
  throw new Error(`no control named ${String(name)}`);
}

/** Types into a field as a shopper does: focus, the new value, an input event, then blur. */
export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string, leave = true): void {
  element.focus();
  element.value = value;
  element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) element.blur();
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  select.blur();
}

export function check(input: HTMLInputElement): void {
  input.click();
}

export interface Widget {
  el: SplitShip;
  checkoutId: string;
}

/** A cart of `quantities` units of distinct physical products every seeded zone ships. */
export async function cartOf(...quantities: number[]): Promise<string> {
  const products = (await catalog()).filter((p) => p.type === 'physical' && !p.cannotShipTo?.length);
  return createCart(quantities.map((quantity, i) => ({ productId: products[i]!.id, variantId: products[i]!.variants[0]!.id, quantity })));
}

export async function mount(checkoutId: string, attributes: Record<string, string> = {}): Promise<SplitShip> {
  sessionStorage.clear();
  const el = await fixture<SplitShip>(html`<split-ship checkout-id=${checkoutId}></split-ship>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Waits until the widget shows the loaded checkout (or a load failure). */
export async function loaded(el: SplitShip): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.root[aria-busy="false"]'), 'the widget loads', { timeout: 15_000 });
}

/** Waits until the engine has written everything (nothing saving or waiting). */
export async function settled(el: SplitShip, timeout = 15_000): Promise<void> {
  await waitUntil(() => (el as unknown as { checkout: { state: { pending: boolean } | null } }).checkout.state?.pending === false, 'the widget settles', { timeout });
}

export const fields = {
  ada: { 'First Name': 'Ada', 'Last Name': 'Lovelace', 'Address Line 1': '500 Congress Ave', 'Suburb/City': 'Austin', 'Zip/Postcode': '78701', state: 'TX' },
  grace: { 'First Name': 'Grace', 'Last Name': 'Hopper', 'Address Line 1': '400 Broad St', 'Suburb/City': 'Seattle', 'Zip/Postcode': '98109', state: 'WA' },
  alan: { 'First Name': 'Alan', 'Last Name': 'Turing', 'Address Line 1': '200 E Colfax Ave', 'Suburb/City': 'Denver', 'Zip/Postcode': '80203', state: 'CO' },
};

/** Fills and submits the address form inside `root` (a destination) with a US address. */
export async function giveAddress(root: ParentNode, address: (typeof fields)['ada']): Promise<void> {
  const { state, ...texts } = address;
  for (const [label, value] of Object.entries(texts)) type(control<HTMLInputElement>(root, label), value);
  choose(control<HTMLSelectElement>(root, 'State/Province'), state);
  control(root, 'Use this address').click();
}
