// A local SMTP server for e-mail tests (smtp-server on 127.0.0.1, a random port) that keeps every message it
// accepts, parsed by mailparser (subject, text and HTML bodies decoded), and can refuse a recipient once (450) so a
// test sees the sender retry.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface DeliveredMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | false;
}

export interface SmtpSink {
  url: string;
  delivered: DeliveredMail[];
  /** Recipients refused once (then accepted). */
  refuseOnce: Set<string>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const delivered: DeliveredMail[] = [];
  const refuseOnce = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseOnce.delete(address.address)) return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 450 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          delivered.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: mail.html || false,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, delivered, refuseOnce, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
