// What a <split-ship> configuration cannot do, found before anything is sent: a headless page
// must hear "set storefront-token", not see an opaque CORS failure in the network panel.
import type { ConnectOptions } from '../gateway/gateway.js';
import { en } from '../i18n/locales/en.js';
import { graphqlIncluded } from './build.js';

export type ConfigProblemKey =
  | 'configNeedsToken'
  | 'configNeedsEndpoint'
  | 'configNeedsCheckoutId'
  | 'configBadEndpoint'
  | 'configRestCrossOrigin'
  | 'configNoGraphQLInFile';

/**
 * A configuration that cannot work: `key` names the widget's sentence (localized when shown), and
 * the message for the page's developer is the English one.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly key: ConfigProblemKey,
    readonly values: Readonly<Record<string, string>> = {},
  ) {
    super(`split-ship: ${en[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')}`);
  }
}

function url(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The problem with a configuration, or null when it can work. `pageOrigin` is the page's own. */
export function configProblem(config: ConnectOptions, pageOrigin: string): ConfigError | null {
  const { graphqlEndpoint: endpoint, storefrontToken: token, host } = config;
  if (endpoint === undefined && token === undefined) {
    // The REST Storefront API answers no CORS: the SDK works on the store's own origin only.
    const origin = host ? url(host, pageOrigin)?.origin : undefined;
    return origin && origin !== pageOrigin ? new ConfigError('configRestCrossOrigin', { host: origin }) : null;
  }
  if (!graphqlIncluded) return new ConfigError('configNoGraphQLInFile');
  if (!endpoint) return new ConfigError('configNeedsEndpoint');
  if (!/^https?:$/.test(url(endpoint, pageOrigin)?.protocol ?? '')) return new ConfigError('configBadEndpoint', { endpoint });
  if (!token) return new ConfigError('configNeedsToken');
  if (!config.checkoutId) return new ConfigError('configNeedsCheckoutId');
  return null;
}
