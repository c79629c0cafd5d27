// Why a settlement row matched no payment, in words, with the API's reason code beneath (an unknown code shows
// as it is).
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

export function ReasonCell({ reason }: { reason: string }) {
  const words = REASONS[reason];
  if (!words) return <>{reason}</>;
  return (
    <>
      {words}
      <br />
      <code className="muted reason-code">{reason}</code>
    </>
  );
}
