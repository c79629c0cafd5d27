// The notifications module's public surface: in-app notifications about exceptions (raised, assigned), written by
// its subscribers in the emitting transaction, their routes, and the e-mail job. Nobody imports it.
export { registerNotificationEmailJob } from './commands/email-notification.ts';
export { EMAIL_QUEUE } from './commands/notify.ts';
export { NOTIFICATION_KINDS, type NotificationKind } from './domain/notice.ts';
export { notificationOperations } from './http/operations.ts';
export { registerNotificationRoutes } from './http/routes.ts';
export { subscribeNotifications } from './subscribers.ts';
