// Outgoing e-mail: one message at a time (plain text, with an HTML alternative when given), through the SMTP
// server of SMTP_URL (nodemailer). Callers
// send from background jobs, never inside a request: a slow or failing server must not hold a write back.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      const sent = await transport.sendMail({ from, ...message });
      if (sent.rejected.length > 0) throw new Error(`the SMTP server refused ${message.to}`);
    },
    close: () => transport.close(),
  };
}
