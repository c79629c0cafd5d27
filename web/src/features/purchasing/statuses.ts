// The purchase order's statuses as the API names them, and which actions each allows (mirrors the server's
// ALLOWED_FROM in src/modules/purchasing/domain/purchase-order-status.ts; the server still decides).
export const PO_STATUSES = ['draft', 'to_approve', 'approved', 'sent', 'partially_received', 'received', 'billed', 'closed', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];

export function statusLabel(status: string): string {
  return status.replace('_', ' ');
}

export const ALLOWED_FROM = {
  submit: ['draft'],
  approve: ['to_approve'],
  reject: ['to_approve'],
  send: ['approved'],
  cancel: ['draft', 'to_approve', 'approved', 'sent'],
  receive: ['sent', 'partially_received'],
  bill: ['sent', 'partially_received', 'received'],
  close: ['partially_received', 'received', 'billed'],
} as const satisfies Record<string, readonly PoStatus[]>;

export function allows(status: PoStatus, action: keyof typeof ALLOWED_FROM): boolean {
  return (ALLOWED_FROM[action] as readonly PoStatus[]).includes(status);
}
