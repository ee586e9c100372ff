// The checkout's Customer step: a guest can sign in to one of the emulator's seeded accounts.
// It goes through the page's one CheckoutService, the same one <split-ship> uses, so the widget
// sees the customer (and offers their saved addresses) without being told.
import type { createCheckoutService } from '@bigcommerce/checkout-sdk/essential';
import { html, nothing, render } from 'lit';

type CheckoutService = ReturnType<typeof createCheckoutService>;
type Customer = NonNullable<ReturnType<ReturnType<CheckoutService['getState']>['data']['getCustomer']>>;

export interface CustomerStepOptions {
  service: CheckoutService;
  /** The session's cart (= checkout) id, once the page has it. */
  checkoutId(): string | undefined;
  /** Tell the shopper something outside the form (the page's toast). */
  announce(message: string, tone?: 'ok' | 'error'): void;
}

/** The API's own sentence for a refused request (problem+json `title`), else the error's message. */
export function requestErrorText(error: unknown): string {
  const body = (error as { body?: unknown } | null)?.body;
  const title = body && typeof body === 'object' ? (body as { title?: unknown }).title : undefined;
  if (typeof title === 'string' && title) return title;
  return error instanceof Error ? error.message : String(error);
}

export function mountCustomerStep(host: HTMLElement, { service, checkoutId, announce }: CustomerStepOptions): void {
  const state: { busy: boolean; error: string; email: string; focus?: 'email' | 'sign-out' | 'password' } = { busy: false, error: '', email: '' };
  let customer: Customer | undefined = service.getState().data.getCustomer();

  const signedIn = () => !!customer && !customer.isGuest;
  const nameOf = (c: Customer) => c.fullName || [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email;

  /** signInCustomer throws unless the service holds the checkout: load it first when it does not. */
  async function ensureCheckout(): Promise<void> {
    if (service.getState().data.getCheckout()) return;
    const id = checkoutId();
    if (!id) throw new Error('The cart is still loading; try again in a moment.');
    await service.loadCheckout(id);
  }

  async function signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (state.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    state.email = email;
    if (!email || !password) {
      state.error = !email ? 'Enter your email address.' : 'Enter your password.';
      state.focus = !email ? 'email' : 'password';
      draw();
      return;
    }
    state.busy = true;
    state.error = '';
    draw();
    try {
      await ensureCheckout();
      await service.signInCustomer({ email, password });
      customer = service.getState().data.getCustomer();
      state.focus = 'sign-out';
    } catch (error) {
      // Focus stays on "Sign in"; the alert below says why, and the fields point to it.
      state.error = requestErrorText(error);
    } finally {
      state.busy = false;
      draw();
    }
  }

  async function signOut(): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    draw();
    try {
      await ensureCheckout();
      await service.signOutCustomer();
      customer = service.getState().data.getCustomer();
      state.error = '';
      state.focus = 'email';
    } catch (error) {
      announce(`Signing out failed: ${requestErrorText(error)}`, 'error');
    } finally {
      state.busy = false;
      draw();
    }
  }

  function draw(): void {
    const invalid = state.error !== '';
    render(
      signedIn()
        ? html`<div class="customer customer--signed-in">
            <p class="checkout-step__summary" role="status">
              Signed in as <strong>${nameOf(customer!)}</strong> <span class="customer__email">(${customer!.email})</span>
            </p>
            <button id="sign-out" type="button" class="button" aria-disabled=${state.busy ? 'true' : 'false'} @click=${signOut}>
              ${state.busy ? 'Signing out…' : 'Sign out'}
            </button>
          </div>`
        : html`<div class="customer">
            <p class="checkout-step__summary" role="status">Checking out as a guest. Sign in to ship to your saved addresses.</p>
            <form class="sign-in" aria-labelledby="sign-in-title" novalidate @submit=${signIn}>
              <h3 id="sign-in-title" class="sign-in__title">Sign in</h3>
              <div class="field">
                <label for="sign-in-email">Email</label>
                <input
                  id="sign-in-email"
                  name="email"
                  type="email"
                  autocomplete="username"
                  required
                  .value=${state.email}
                  aria-invalid=${invalid ? 'true' : 'false'}
                  aria-describedby=${invalid ? 'sign-in-error sign-in-hint' : 'sign-in-hint'}
                />
              </div>
              <div class="field">
                <label for="sign-in-password">Password</label>
                <input
                  id="sign-in-password"
                  name="password"
                  type="password"
                  autocomplete="current-password"
                  required
                  aria-invalid=${invalid ? 'true' : 'false'}
                  aria-describedby=${invalid ? 'sign-in-error' : nothing}
                />
              </div>
              <div class="sign-in__actions">
                <button type="submit" class="button button--primary" aria-disabled=${state.busy ? 'true' : 'false'}>
                  ${state.busy ? 'Signing in…' : 'Sign in'}
                </button>
              </div>
              <p id="sign-in-error" class="sign-in__error" role="alert">${state.error}</p>
              <p id="sign-in-hint" class="sign-in__hint">
                Demo accounts: <code>ada@example.com</code> / <code>lovelace</code> (three saved addresses), <code>grace@example.com</code> /
                <code>hopper</code> (none), <code>katherine@example.com</code> / <code>johnson</code> (twelve offices).
              </p>
            </form>
          </div>`,
      host,
    );
    const focus = state.focus;
    state.focus = undefined;
    if (focus === 'sign-out') host.querySelector<HTMLElement>('#sign-out')?.focus();
    else if (focus === 'email') host.querySelector<HTMLElement>('#sign-in-email')?.focus();
    else if (focus === 'password') host.querySelector<HTMLInputElement>('#sign-in-password')?.select();
  }

  // The customer as the shared service holds it: a reload of a signed-in session, a reset, or the
  // widget's own loads all show here.
  service.subscribe(
    (selectors) => {
      const next = selectors.data.getCustomer();
      if (next === customer) return;
      customer = next;
      if (!state.busy) draw();
    },
    (selectors) => selectors.data.getCustomer(),
  );
  draw();
}
