export * from './gateway.js';
export { SdkGateway, type SdkGatewayOptions, type CheckoutService } from './sdk-gateway.js';
