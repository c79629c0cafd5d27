-- Opening balances (the stock and cash a company starts with) are equity, not income: they post against
-- opening balance equity, a system account with its own role and purpose.
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('inventory', 'revenue', 'tax_payable', 'cogs', 'customer_payments',
  'inventory_loss', 'inventory_gain', 'customer_deposits', 'accounts_payable', 'goods_received_not_invoiced', 'purchase_price_variance',
  'landed_cost_clearing', 'bank', 'payment_fees', 'cash_over_short', 'tax_recoverable', 'opening_balance'));
ALTER TABLE account DROP CONSTRAINT account_purpose_check;
ALTER TABLE account ADD CONSTRAINT account_purpose_check CHECK (purpose IN ('cash_till', 'card_clearing', 'online_clearing', 'store_credit',
  'bank', 'inventory', 'customer_deposits', 'accounts_payable', 'goods_received_not_invoiced', 'tax_payable', 'landed_cost_clearing',
  'revenue_store', 'revenue_web', 'revenue_marketplace', 'sales_returns', 'inventory_gain', 'cogs', 'inventory_loss',
  'purchase_price_variance', 'payment_fees', 'cash_over_short', 'tax_recoverable', 'opening_balance'));

INSERT INTO account (code, name, type, role, purpose) VALUES ('3200', 'Opening balance equity', 'equity', 'opening_balance', 'opening_balance');
