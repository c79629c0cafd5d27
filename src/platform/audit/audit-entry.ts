// One line of the audit trail, written in the same transaction as the change it describes.

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}
