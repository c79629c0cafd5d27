// What a notification says, made from the fact it tells about (pure): its kind, title, body, the screen it links
// to and its subject. The back office's exception queue shows the caller's own (role or assignee) by default, so
// the link filters it by kind only.
export const NOTIFICATION_KINDS = ['exception_raised', 'exception_assigned'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notice {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  subject: { type: string; id: string };
}

export interface ExceptionFacts {
  id: string;
  kind: string;
  severity: 'low' | 'medium' | 'high';
  summary: string;
}

/** stock_discrepancy → "Stock discrepancy". */
export function kindInWords(kind: string): string {
  const words = kind.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function exceptionLink(kind: string): string {
  return `/exceptions?kind=${encodeURIComponent(kind)}`;
}

export function exceptionRaisedNotice(exception: ExceptionFacts): Notice {
  return {
    kind: 'exception_raised',
    title: `${kindInWords(exception.kind)} (${exception.severity})`,
    body: exception.summary.slice(0, 2000),
    link: exceptionLink(exception.kind),
    subject: { type: 'exception', id: exception.id },
  };
}

export function exceptionAssignedNotice(exception: ExceptionFacts): Notice {
  return {
    kind: 'exception_assigned',
    title: `Assigned to you: ${kindInWords(exception.kind)} (${exception.severity})`,
    body: exception.summary.slice(0, 2000),
    link: exceptionLink(exception.kind),
    subject: { type: 'exception', id: exception.id },
  };
}
