// Every HTTP route of purchasing: vendors and rules, replenishment and purchase orders, documents, reports.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { registerDocumentRoutes } from './document-routes.ts';
import { registerDraftRoutes } from './draft-routes.ts';
import { registerOrderRoutes } from './order-routes.ts';
import { registerReportRoutes } from './report-routes.ts';
import { registerVendorRoutes } from './vendor-routes.ts';

export function registerPurchasingRoutes(app: HttpServer, uow: UnitOfWork, now: () => Date): void {
  registerVendorRoutes(app, uow);
  registerOrderRoutes(app, uow, now);
  registerDraftRoutes(app, uow);
  registerDocumentRoutes(app, uow);
  registerReportRoutes(app, uow, now);
}
