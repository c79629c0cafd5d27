// One URL per screen. Screens load as their own chunks; signed-out visitors go to sign-in and come back after.
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { useSyncExternalStore } from 'react';
import { currentSession, onSessionChange } from '../auth/session.ts';
import { SignInPage } from '../auth/SignInPage.tsx';
import { useMe } from '../auth/useMe.ts';
import { homePath } from './areas.ts';
import { Layout } from './Layout.tsx';

function RequireSession() {
  const session = useSyncExternalStore(onSessionChange, currentSession);
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

function Home() {
  const me = useMe();
  return me.data ? <Navigate to={homePath(me.data.role, me.data.permissions)} replace /> : null;
}

const screen = (load: () => Promise<{ Component: React.ComponentType }>) => ({ lazy: load });

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: <Home /> },
          { path: 'till', ...screen(async () => ({ Component: (await import('../features/till/TillPage.tsx')).TillPage })) },
          { path: 'stock', ...screen(async () => ({ Component: (await import('../features/stock/StockPage.tsx')).StockPage })) },
          { path: 'stock/counts', ...screen(async () => ({ Component: (await import('../features/counts/CountsPage.tsx')).CountsPage })) },
          { path: 'stock/ship', ...screen(async () => ({ Component: (await import('../features/stock/ShipQueuePage.tsx')).ShipQueuePage })) },
          { path: 'stock/low', ...screen(async () => ({ Component: (await import('../features/stock/LowStockPage.tsx')).LowStockPage })) },
          { path: 'orders', ...screen(async () => ({ Component: (await import('../features/orders/OrdersPage.tsx')).OrdersPage })) },
          { path: 'orders/:id', ...screen(async () => ({ Component: (await import('../features/orders/OrderPage.tsx')).OrderPage })) },
          { path: 'transfers', ...screen(async () => ({ Component: (await import('../features/transfers/TransfersPage.tsx')).TransfersPage })) },
          { path: 'returns', ...screen(async () => ({ Component: (await import('../features/returns/ReturnsPage.tsx')).ReturnsPage })) },
          { path: 'purchasing', ...screen(async () => ({ Component: (await import('../features/purchasing/PurchasingPage.tsx')).PurchasingPage })) },
          { path: 'purchasing/orders/:id', ...screen(async () => ({ Component: (await import('../features/purchasing/PurchaseOrderPage.tsx')).PurchaseOrderPage })) },
          { path: 'purchasing/new', ...screen(async () => ({ Component: (await import('../features/purchasing/NewPurchaseOrderPage.tsx')).NewPurchaseOrderPage })) },
          { path: 'purchasing/vendors', ...screen(async () => ({ Component: (await import('../features/vendors/VendorsPage.tsx')).VendorsPage })) },
          { path: 'purchasing/vendors/:code', ...screen(async () => ({ Component: (await import('../features/vendors/VendorPage.tsx')).VendorPage })) },
          { path: 'purchasing/reorder-rules', ...screen(async () => ({ Component: (await import('../features/purchasing/ReorderRulesPage.tsx')).ReorderRulesPage })) },
          { path: 'purchasing/bills', ...screen(async () => ({ Component: (await import('../features/purchasing/VendorBillsPage.tsx')).VendorBillsPage })) },
          { path: 'purchasing/replenishment', ...screen(async () => ({ Component: (await import('../features/purchasing/ReplenishmentPage.tsx')).ReplenishmentPage })) },
          { path: 'purchasing/approvals', ...screen(async () => ({ Component: (await import('../features/purchasing/ApprovalsPage.tsx')).ApprovalsPage })) },
          { path: 'finance', ...screen(async () => ({ Component: (await import('../features/finance/FinancePage.tsx')).FinancePage })) },
          { path: 'finance/profit-and-loss', ...screen(async () => ({ Component: (await import('../features/finance/ProfitAndLossPage.tsx')).ProfitAndLossPage })) },
          { path: 'finance/balance-sheet', ...screen(async () => ({ Component: (await import('../features/finance/BalanceSheetPage.tsx')).BalanceSheetPage })) },
          { path: 'finance/stock-valuation', ...screen(async () => ({ Component: (await import('../features/finance/StockValuationPage.tsx')).StockValuationPage })) },
          { path: 'finance/gross-margin', ...screen(async () => ({ Component: (await import('../features/finance/GrossMarginPage.tsx')).GrossMarginPage })) },
          { path: 'finance/tax', ...screen(async () => ({ Component: (await import('../features/finance/TaxReportPage.tsx')).TaxReportPage })) },
          { path: 'finance/cash-sessions', ...screen(async () => ({ Component: (await import('../features/finance/CashSessionsPage.tsx')).CashSessionsPage })) },
          { path: 'finance/ledger', ...screen(async () => ({ Component: (await import('../features/finance/LedgerPage.tsx')).LedgerPage })) },
          { path: 'finance/journal-entries', ...screen(async () => ({ Component: (await import('../features/finance/JournalEntriesPage.tsx')).JournalEntriesPage })) },
          { path: 'finance/journal-entries/new', ...screen(async () => ({ Component: (await import('../features/finance/ManualEntryPage.tsx')).ManualEntryPage })) },
          { path: 'finance/journal-entries/:id', ...screen(async () => ({ Component: (await import('../features/finance/JournalEntryPage.tsx')).JournalEntryPage })) },
          { path: 'finance/settlements', ...screen(async () => ({ Component: (await import('../features/finance/SettlementsPage.tsx')).SettlementsPage })) },
          { path: 'finance/reconciliation', ...screen(async () => ({ Component: (await import('../features/finance/ReconciliationPage.tsx')).ReconciliationPage })) },
          { path: 'finance/cash-sessions/:id', ...screen(async () => ({ Component: (await import('../features/finance/CashSessionPage.tsx')).CashSessionPage })) },
          { path: 'finance/period-lock', ...screen(async () => ({ Component: (await import('../features/finance/PeriodLockPage.tsx')).PeriodLockPage })) },
          { path: 'kpis', ...screen(async () => ({ Component: (await import('../features/kpis/KpisPage.tsx')).KpisPage })) },
          { path: 'kpis/catalogue', ...screen(async () => ({ Component: (await import('../features/kpis/KpiCataloguePage.tsx')).KpiCataloguePage })) },
          { path: 'kpis/suppliers', ...screen(async () => ({ Component: (await import('../features/kpis/SuppliersPage.tsx')).SuppliersPage })) },
          { path: 'kpis/inventory-accuracy', ...screen(async () => ({ Component: (await import('../features/kpis/InventoryAccuracyPage.tsx')).InventoryAccuracyPage })) },
          { path: 'exceptions', ...screen(async () => ({ Component: (await import('../features/exceptions/ExceptionsPage.tsx')).ExceptionsPage })) },
          { path: 'digest', ...screen(async () => ({ Component: (await import('../features/digest/DigestPage.tsx')).DigestPage })) },
          { path: 'anomalies', ...screen(async () => ({ Component: (await import('../features/anomalies/AnomaliesPage.tsx')).AnomaliesPage })) },
          { path: 'notifications', ...screen(async () => ({ Component: (await import('../features/notifications/NotificationsPage.tsx')).NotificationsPage })) },
          { path: 'admin', ...screen(async () => ({ Component: (await import('../features/admin/AdminPage.tsx')).AdminPage })) },
          { path: 'admin/users/:id', ...screen(async () => ({ Component: (await import('../features/admin/UserPage.tsx')).UserPage })) },
          { path: 'admin/locations', ...screen(async () => ({ Component: (await import('../features/admin/LocationsPage.tsx')).LocationsPage })) },
          { path: 'admin/audit', ...screen(async () => ({ Component: (await import('../features/admin/AuditPage.tsx')).AuditPage })) },
          { path: '*', element: <p>There is no screen at this address.</p> },
        ],
      },
    ],
  },
]);
