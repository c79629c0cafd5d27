// The Finance area's reports, each a tab with its own URL.
import { SubNav } from '../../design/SubNav.tsx';
import './finance.css';

export function FinanceNav() {
  return (
    <SubNav
      label="Finance"
      links={[
        { label: 'Trial balance', to: '/finance' },
        { label: 'Profit and loss', to: '/finance/profit-and-loss' },
        { label: 'Balance sheet', to: '/finance/balance-sheet' },
        { label: 'Stock valuation', to: '/finance/stock-valuation' },
        { label: 'Gross margin', to: '/finance/gross-margin' },
        { label: 'Tax', to: '/finance/tax' },
        { label: 'Cash sessions', to: '/finance/cash-sessions' },
        { label: 'Period lock', to: '/finance/period-lock' },
      ]}
    />
  );
}
