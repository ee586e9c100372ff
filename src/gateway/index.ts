export * from './gateway.js';
export { SdkGateway, connectSdk, type SdkGatewayOptions, type CheckoutService } from './sdk-gateway.js';
