// A CheckoutGateway whose implementation arrives later (a module loaded on demand): calls wait for
// it; the synchronous reads answer empty until it is there (the engine reads them only after load).
import { GatewayError, type CheckoutGateway } from './gateway.js';

type Calls = 'load' | 'createConsignments' | 'updateConsignment' | 'deleteConsignment' | 'selectShippingOption';

export function deferredGateway(make: () => Promise<CheckoutGateway>, what: 'REST' | 'GraphQL'): CheckoutGateway {
  let gateway: CheckoutGateway | undefined;
  const ready = make().then(
    (made) => (gateway = made),
    (error: unknown) => {
      // The module did not arrive (offline, a stale deploy): like a store that does not answer.
      throw new GatewayError('network', `split-ship could not load its ${what} gateway`, 0, String(error), { cause: error });
    },
  );
  // A failure is reported by the first call; not also as unhandled.
  ready.catch(() => undefined);
  const later =
    <K extends Calls>(name: K) =>
    (...args: Parameters<CheckoutGateway[K]>) =>
      ready.then((g) => (g[name] as (...a: typeof args) => ReturnType<CheckoutGateway[K]>)(...args));
  return {
    // Read by the engine after a write, so after the gateway came.
    get wholeAnswers() {
      return gateway?.wholeAnswers;
    },
    load: later('load'),
    createConsignments: later('createConsignments'),
    updateConsignment: later('updateConsignment'),
    deleteConsignment: later('deleteConsignment'),
    selectShippingOption: later('selectShippingOption'),
    addressFields: (countryCode) => gateway?.addressFields(countryCode) ?? [],
    shippingCountries: () => gateway?.shippingCountries() ?? [],
    defaultCountry: () => gateway?.defaultCountry?.(),
    savedAddresses: () => gateway?.savedAddresses() ?? [],
    watch: (listener) => gateway?.watch?.(listener) ?? (() => undefined),
  };
}
