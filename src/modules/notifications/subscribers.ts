// Notifications about exceptions, written inside the transaction that raised or assigned the exception: a raised
// one tells every active user of its owner role who may see its location (and its assignee, when it is raised
// assigned); an assignment tells the assignee, unless they assigned it to themselves.
import type { Role } from '../../kernel/actor.ts';
import type { EventBus } from '../../platform/events/event-bus.ts';
import { type ExceptionChanged, type ExceptionRaised, exceptionNotice } from '../exceptions/index.ts';
import { activeUsersWhoMaySee } from '../identity/index.ts';
import { type NotifyOptions, notify } from './commands/notify.ts';
import { exceptionAssignedNotice, exceptionRaisedNotice } from './domain/notice.ts';

export function subscribeNotifications(bus: EventBus, options: NotifyOptions): void {
  bus.subscribe<ExceptionRaised>('exceptions.exception_raised', async (ctx, { payload }) => {
    const owners = await activeUsersWhoMaySee(ctx.tx, payload.ownerRole as Role, payload.locationId);
    const recipients = owners.map((user) => user.id);
    if (payload.assigneeId !== null) recipients.push(payload.assigneeId);
    await notify(ctx, recipients, exceptionRaisedNotice({ id: payload.exceptionId, kind: payload.kind, severity: payload.severity, summary: payload.summary }), options);
  });
  bus.subscribe<ExceptionChanged>('exceptions.exception_changed', async (ctx, { payload }) => {
    if (payload.change !== 'assigned' || payload.assigneeId === null || payload.assigneeId === ctx.actor.userId) return;
    const exception = await exceptionNotice(ctx.tx, payload.exceptionId);
    if (!exception) return;
    await notify(ctx, [payload.assigneeId], exceptionAssignedNotice(exception), options);
  });
}
