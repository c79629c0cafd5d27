// The retail chart-of-accounts template every company starts from (seeded by the migration, kept here
// so tests and docs can read it). Tills are added per store as stores are created.
import type { AccountType, Purpose, Role } from './account.ts';

export interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  role: Role | null;
  purpose: Purpose | null;
}

export const RETAIL_CHART: readonly TemplateAccount[] = [
  { code: '1000', name: 'Cash on hand (no till)', type: 'asset', role: 'customer_payments', purpose: 'cash_till' },
  { code: '1100', name: 'Card payments clearing', type: 'asset', role: 'customer_payments', purpose: 'card_clearing' },
  { code: '1110', name: 'Online payments clearing', type: 'asset', role: 'customer_payments', purpose: 'online_clearing' },
  { code: '1200', name: 'Bank', type: 'asset', role: 'bank', purpose: 'bank' },
  { code: '1300', name: 'Inventory', type: 'asset', role: 'inventory', purpose: 'inventory' },
  { code: '1400', name: 'Recoverable purchase tax', type: 'asset', role: 'tax_recoverable', purpose: 'tax_recoverable' },
  { code: '1500', name: 'Prepaid expenses', type: 'asset', role: null, purpose: null },
  { code: '1600', name: 'Store fixtures and equipment', type: 'asset', role: null, purpose: null },
  { code: '2000', name: 'Accounts payable', type: 'liability', role: 'accounts_payable', purpose: 'accounts_payable' },
  { code: '2100', name: 'Goods received not invoiced', type: 'liability', role: 'goods_received_not_invoiced', purpose: 'goods_received_not_invoiced' },
  { code: '2200', name: 'Sales tax payable', type: 'liability', role: 'tax_payable', purpose: 'tax_payable' },
  { code: '2300', name: 'Customer deposits', type: 'liability', role: 'customer_deposits', purpose: 'customer_deposits' },
  { code: '2400', name: 'Store credit', type: 'liability', role: 'customer_payments', purpose: 'store_credit' },
  { code: '2500', name: 'Landed cost clearing', type: 'liability', role: 'landed_cost_clearing', purpose: 'landed_cost_clearing' },
  { code: '2600', name: 'Accrued wages', type: 'liability', role: null, purpose: null },
  { code: '3000', name: 'Owner equity', type: 'equity', role: null, purpose: null },
  { code: '3100', name: 'Retained earnings', type: 'equity', role: null, purpose: null },
  { code: '3200', name: 'Opening balance equity', type: 'equity', role: 'opening_balance', purpose: 'opening_balance' },
  { code: '4000', name: 'Sales - stores', type: 'income', role: 'revenue', purpose: 'revenue_store' },
  { code: '4010', name: 'Sales - web', type: 'income', role: 'revenue', purpose: 'revenue_web' },
  { code: '4020', name: 'Sales - marketplace', type: 'income', role: 'revenue', purpose: 'revenue_marketplace' },
  { code: '4100', name: 'Sales returns', type: 'income', role: 'revenue', purpose: 'sales_returns' },
  { code: '4200', name: 'Inventory gain', type: 'income', role: 'inventory_gain', purpose: 'inventory_gain' },
  { code: '5000', name: 'Cost of goods sold', type: 'expense', role: 'cogs', purpose: 'cogs' },
  { code: '5100', name: 'Inventory loss and shrinkage', type: 'expense', role: 'inventory_loss', purpose: 'inventory_loss' },
  { code: '5200', name: 'Purchase price variance', type: 'expense', role: 'purchase_price_variance', purpose: 'purchase_price_variance' },
  { code: '6000', name: 'Payment provider fees', type: 'expense', role: 'payment_fees', purpose: 'payment_fees' },
  { code: '6100', name: 'Cash over and short', type: 'expense', role: 'cash_over_short', purpose: 'cash_over_short' },
  { code: '6200', name: 'Rent', type: 'expense', role: null, purpose: null },
  { code: '6300', name: 'Wages', type: 'expense', role: null, purpose: null },
];
