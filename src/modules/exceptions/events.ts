// Facts the exceptions module publishes inside the transaction that made them true (notifications, the digest and
// webhooks' exception.raised listen to them).
import type { DomainEvent } from '../../platform/events/event-bus.ts';

/** A new exception was raised (not a refresh of one already open). */
export type ExceptionRaised = DomainEvent<
  'exceptions.exception_raised',
  {
    exceptionId: string;
    kind: string;
    severity: 'low' | 'medium' | 'high';
    locationId: string | null;
    subject: { type: string; id: string };
    summary: string;
    ownerRole: string;
    assigneeId: string | null;
    valueAtRisk: number;
    dueAt: string;
  }
>;

export type ExceptionChanged = DomainEvent<
  'exceptions.exception_changed',
  { exceptionId: string; change: 'acknowledged' | 'assigned' | 'resolved'; status: string; assigneeId: string | null; automatically: boolean }
>;

export type ExceptionEvent = ExceptionRaised | ExceptionChanged;
