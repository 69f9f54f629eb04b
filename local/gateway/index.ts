// Public face of local/gateway: the local API Gateway.
export { makeGateway, startGateway, type GatewayOptions, type PlainHandler } from './gateway.ts';
