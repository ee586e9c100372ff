// What a <split-ship> configuration cannot do, found before anything is sent: a headless page
// must hear "set storefront-token", not see an opaque CORS failure in the network panel.
import type { ConnectOptions } from '../gateway/gateway.js';

export type ConfigProblemKey = 'configNeedsToken' | 'configNeedsEndpoint' | 'configNeedsCheckoutId' | 'configBadEndpoint' | 'configRestCrossOrigin';

/** A configuration that cannot work; `key` names the widget's localized sentence, `message` is for the page's developer. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly key: ConfigProblemKey,
    readonly values: Readonly<Record<string, string>>,
    message: string,
  ) {
    super(message);
  }
}

function originOf(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).origin;
  } catch {
    return undefined;
  }
}

/** The problem with a configuration, or null when it can work. `pageOrigin` is the page's own. */
export function configProblem(config: ConnectOptions, pageOrigin: string): ConfigError | null {
  const graphql = config.graphqlEndpoint !== undefined || config.storefrontToken !== undefined;
  if (graphql) {
    if (!config.graphqlEndpoint) {
      return new ConfigError('configNeedsEndpoint', {}, 'split-ship: storefront-token is set but graphql-endpoint is not. Set graphql-endpoint to the store\'s GraphQL Storefront API URL (https://store-HASH.mybigcommerce.com/graphql or your domain\'s /graphql).');
    }
    if (originOf(config.graphqlEndpoint, pageOrigin) === undefined || !/^https?:/.test(new URL(config.graphqlEndpoint, pageOrigin).protocol)) {
      return new ConfigError('configBadEndpoint', { endpoint: config.graphqlEndpoint }, `split-ship: graphql-endpoint "${config.graphqlEndpoint}" is not an http(s) URL.`);
    }
    if (!config.storefrontToken) {
      return new ConfigError('configNeedsToken', {}, 'split-ship: graphql-endpoint is set but storefront-token is not. Create a storefront token (POST /v3/storefront/api-token) whose allowed_cors_origins include this page\'s origin, and set storefront-token.');
    }
    if (!config.checkoutId) {
      return new ConfigError('configNeedsCheckoutId', {}, 'split-ship: the GraphQL gateway needs checkout-id. Set checkout-id to the cart id your storefront holds (the checkout id is the cart id).');
    }
    return null;
  }
  if (config.host) {
    const origin = originOf(config.host, pageOrigin);
    if (origin !== undefined && origin !== pageOrigin) {
      return new ConfigError(
        'configRestCrossOrigin',
        { host: origin },
        `split-ship: api-host ${origin} is another origin than this page (${pageOrigin}), and BigCommerce's REST Storefront API answers no CORS. Either proxy /api/storefront and /internalapi under this origin and set api-host to that path, or set graphql-endpoint, storefront-token and checkout-id to use the GraphQL Storefront API.`,
      );
    }
  }
  return null;
}
