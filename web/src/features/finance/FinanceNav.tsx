// The Finance area's reports and books, each a tab with its own URL.
import { SubNav } from '../../design/SubNav.tsx';
import './finance.css';

export function FinanceNav() {
  return (
    <SubNav
      label="Finance"
      links={[
        { label: 'Trial balance', to: '/finance' },
        { label: 'General ledger', to: '/finance/ledger' },
        { label: 'Journal entries', to: '/finance/journal-entries' },
        { label: 'Profit and loss', to: '/finance/profit-and-loss' },
        { label: 'Balance sheet', to: '/finance/balance-sheet' },
        { label: 'Stock valuation', to: '/finance/stock-valuation' },
        { label: 'Gross margin', to: '/finance/gross-margin' },
        { label: 'Tax', to: '/finance/tax' },
        { label: 'Cash sessions', to: '/finance/cash-sessions' },
        { label: 'Settlements', to: '/finance/settlements' },
        { label: 'Reconciliation', to: '/finance/reconciliation' },
        { label: 'Period lock', to: '/finance/period-lock' },
      ]}
    />
  );
}
