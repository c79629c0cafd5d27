// Why a settlement row matched no payment, in words (the API's reason codes; an unknown code shows as it is).
const REASONS: Record<string, string> = {
  unknown_reference: 'No order with this reference',
  not_a_provider_payment: 'The order was not paid by card or online',
  already_settled: 'The payment was already settled',
  amount_mismatch: 'Gross differs from the order’s payment',
  refund_exceeds_payment: 'Refunds exceed the payment',
  zero_amount: 'Zero amount',
  invalid_date: 'Unreadable date',
  invalid_reference: 'Missing or too long reference',
  invalid_amount: 'Unreadable amount',
  amounts_do_not_add_up: 'Gross less fee is not net',
};

export function reasonLabel(reason: string): string {
  const words = REASONS[reason];
  return words ? `${words} (${reason})` : reason;
}
