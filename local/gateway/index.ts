// Public face of local/gateway: the local API Gateway.
export { listen, makeGateway, startGateway, type GatewayOptions, type PlainHandler } from './gateway.ts';
