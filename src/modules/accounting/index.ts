// The accounting module's public surface. Nobody imports accounting: the composition root registers its
// routes and subscribers, and it learns about documents only through their events.
export { registerAccountingRoutes } from './http/routes.ts';
export { subscribeAccounting } from './subscribers.ts';
