// What a <split-ship> configuration cannot do, found before anything is sent: a headless page
// must hear "set storefront-token", not see an opaque CORS failure in the network panel.
//
// The shopper reads a sentence in the widget's language ("this page is not set up", errorConfig);
// what to set is for the site owner, in English (attribute names are code), as the console and
// the page show it: four languages of developer text would weigh on every shopper's download.
import type { ConnectOptions } from '../gateway/gateway.js';
import { graphqlIncluded, restIncluded } from './build.js';

export type ConfigProblemKey = 'needsToken' | 'needsEndpoint' | 'needsCheckoutId' | 'badEndpoint' | 'restCrossOrigin' | 'noGraphQLInFile' | 'customerTokenCrossOrigin' | 'noRestInFile';

/** A configuration that cannot work: `key` names the problem, `detail` says what to set (English). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly key: ConfigProblemKey,
    readonly detail: string,
  ) {
    super(`split-ship: ${detail}`);
  }
}

function url(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * The problem with a configuration, or null when it can work. `pageOrigin` is the page's own. The
 * sentences are written where they are found, so the REST file (no GraphQL) drops the GraphQL ones.
 */
export function configProblem(config: ConnectOptions, pageOrigin: string): ConfigError | null {
  const { graphqlEndpoint: endpoint, storefrontToken: token, host } = config;
  if (endpoint === undefined && token === undefined) {
    if (!restIncluded) {
      return new ConfigError(
        'noRestInFile',
        'Site owner: split-ship-headless.js speaks the GraphQL Storefront API only. Set graphql-endpoint, storefront-token and checkout-id, or load split-ship.js for the REST API.',
      );
    }
    // The REST Storefront API answers no CORS: the SDK works on the store's own origin only.
    const origin = host ? url(host, pageOrigin)?.origin : undefined;
    return origin && origin !== pageOrigin
      ? new ConfigError(
          'restCrossOrigin',
          `Site owner: the store REST API at ${origin} does not answer other sites. Set graphql-endpoint, storefront-token and checkout-id, or serve /api/storefront here.`,
        )
      : null;
  }
  if (!graphqlIncluded) return new ConfigError('noGraphQLInFile', 'Site owner: split-ship.js speaks the REST API only. Load split-ship-headless.js to use graphql-endpoint.');
  if (!endpoint) return new ConfigError('needsEndpoint', 'Site owner: set graphql-endpoint (the store URL ending in /graphql) with storefront-token.');
  const at = url(endpoint, pageOrigin);
  if (!/^https?:$/.test(at?.protocol ?? '')) {
    return new ConfigError('badEndpoint', `Site owner: graphql-endpoint “${endpoint}” is not a web address; use the store URL ending in /graphql.`);
  }
  if (!token) return new ConfigError('needsToken', 'Site owner: set storefront-token (a storefront token that allows this origin) with graphql-endpoint.');
  if (!config.checkoutId) return new ConfigError('needsCheckoutId', 'Site owner: set checkout-id (the cart id) to use graphql-endpoint.');
  // BigCommerce takes customer access tokens server-to-server only: a browser must not send one to the store.
  if (config.customerAccessToken && at!.origin !== pageOrigin) {
    return new ConfigError(
      'customerTokenCrossOrigin',
      'Site owner: customer-access-token needs a graphql-endpoint on this site (your server sends it on): BigCommerce takes it from servers only.',
    );
  }
  return null;
}
