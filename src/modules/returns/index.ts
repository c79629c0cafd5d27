// The returns module's public surface: returns across channels.
export { acceptReturn, type AcceptReturnInput } from './commands/accept-return.ts';
export { returnShare } from './domain/return-refund.ts';
export type * from './events.ts';
export { registerReturnRoutes } from './http/routes.ts';
