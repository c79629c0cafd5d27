// The digest module's public surface: the daily manager digest composed from the exception queue and the KPIs,
// its route, the scheduled digest e-mail (when SMTP_URL is set), and composeDigestFor + the renderings.
export { DIGEST_DAILY_QUEUE, DIGEST_SEND_QUEUE, registerDigestEmailJobs, scheduleDailyDigestEmail } from './commands/email-digests.ts';
export { composeDigest, type Digest, type DigestInput } from './domain/compose-digest.ts';
export { DIGEST_ROLES } from './domain/digest-kpis.ts';
export { digestHtml, digestText } from './domain/render-digest.ts';
export { digestOperations } from './http/operations.ts';
export { registerDigestRoutes } from './http/routes.ts';
export { composeDigestFor } from './queries/compose-digest-for.ts';
