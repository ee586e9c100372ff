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

/** Text of a node for its accessible name: aria-hidden parts do not count. */
function nameText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(nameText).join('');
}

/** The accessible name as the widget sets it: aria-label, else its label, else its text. */
export function accessibleName(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const labels = (element as unknown as { labels?: NodeListOf<HTMLLabelElement> | null }).labels;
  const text = labels && labels.length > 0 ? [...labels].map(nameText).join(' ') : element.tagName === 'BUTTON' ? nameText(element) : '';
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

/** A control (button, field) by its accessible name, anywhere in the widget's shadow trees. */
export function control<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string | RegExp): T {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const found = deepAll<T>(root, 'button, input, select, textarea').find((element) => matches(accessibleName(element)));
  if (!found) throw new Error(`no control named ${String(name)}`);
  return found;
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
  london: { country: 'GB', 'First Name': 'Charles', 'Last Name': 'Babbage', 'Address Line 1': '1 King St', 'Suburb/City': 'London', 'Zip/Postcode': 'SW1A 1AA' },
};

/** Fills and submits the address form inside `root` (a destination): a US address, or another country's. */
export async function giveAddress(root: ParentNode, address: Record<string, string> & { state?: string; country?: string }): Promise<void> {
  const { state, country, ...texts } = address;
  if (country) {
    choose(control<HTMLSelectElement>(root, 'Country'), country);
    await waitUntil(() => deepAll(root, 'select').some((s) => accessibleName(s) === 'Country' && (s as HTMLSelectElement).value === country));
    await new Promise(requestAnimationFrame);
  }
  for (const [label, value] of Object.entries(texts)) type(control<HTMLInputElement>(root, label), value);
  if (state) choose(control<HTMLSelectElement>(root, 'State/Province'), state);
  control(root, 'Use this address').click();
}
