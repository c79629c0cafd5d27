// Accounts: their types, the contract's roles (what reports add up) and the purposes postings are routed by.

export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/**
 * What the system posts to an account, as the trial balance names it. The first seven are the API
 * contract's; the rest are the issue's. Every account that receives customer money has the role
 * customer_payments, whatever kind of money it is (the purpose says which).
 */
export const ROLES = [
  'inventory',
  'revenue',
  'tax_payable',
  'cogs',
  'customer_payments',
  'inventory_loss',
  'inventory_gain',
  'customer_deposits',
  'accounts_payable',
  'goods_received_not_invoiced',
  'purchase_price_variance',
  'landed_cost_clearing',
  'bank',
  'payment_fees',
  'cash_over_short',
  'tax_recoverable',
  'opening_balance',
] as const;
export type Role = (typeof ROLES)[number];

/** Where automatic postings go: each purpose has one active account (one per store for cash_till). */
export const PURPOSES = [
  'cash_till',
  'card_clearing',
  'online_clearing',
  'store_credit',
  'bank',
  'inventory',
  'customer_deposits',
  'accounts_payable',
  'goods_received_not_invoiced',
  'tax_payable',
  'landed_cost_clearing',
  'revenue_store',
  'revenue_web',
  'revenue_marketplace',
  'sales_returns',
  'inventory_gain',
  'cogs',
  'inventory_loss',
  'purchase_price_variance',
  'payment_fees',
  'cash_over_short',
  'tax_recoverable',
  'opening_balance',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The role and type every purpose's account has: routing never crosses a role. */
export const PURPOSE_ROLE: Record<Purpose, { role: Role; type: AccountType }> = {
  cash_till: { role: 'customer_payments', type: 'asset' },
  card_clearing: { role: 'customer_payments', type: 'asset' },
  online_clearing: { role: 'customer_payments', type: 'asset' },
  store_credit: { role: 'customer_payments', type: 'liability' },
  bank: { role: 'bank', type: 'asset' },
  inventory: { role: 'inventory', type: 'asset' },
  customer_deposits: { role: 'customer_deposits', type: 'liability' },
  accounts_payable: { role: 'accounts_payable', type: 'liability' },
  goods_received_not_invoiced: { role: 'goods_received_not_invoiced', type: 'liability' },
  tax_payable: { role: 'tax_payable', type: 'liability' },
  landed_cost_clearing: { role: 'landed_cost_clearing', type: 'liability' },
  revenue_store: { role: 'revenue', type: 'income' },
  revenue_web: { role: 'revenue', type: 'income' },
  revenue_marketplace: { role: 'revenue', type: 'income' },
  sales_returns: { role: 'revenue', type: 'income' },
  inventory_gain: { role: 'inventory_gain', type: 'income' },
  cogs: { role: 'cogs', type: 'expense' },
  inventory_loss: { role: 'inventory_loss', type: 'expense' },
  purchase_price_variance: { role: 'purchase_price_variance', type: 'expense' },
  payment_fees: { role: 'payment_fees', type: 'expense' },
  cash_over_short: { role: 'cash_over_short', type: 'expense' },
  tax_recoverable: { role: 'tax_recoverable', type: 'asset' },
  opening_balance: { role: 'opening_balance', type: 'equity' },
};

export interface Account {
  code: string;
  name: string;
  type: AccountType;
  role: Role | null;
  purpose: Purpose | null;
  /** The store whose till this is (cash_till accounts only). */
  location: string | null;
  archived: boolean;
}

/** The code of a store's till account: the template's till prefix and the store's code. */
export function tillAccountCode(locationCode: string): string {
  return `1010-${locationCode}`;
}
