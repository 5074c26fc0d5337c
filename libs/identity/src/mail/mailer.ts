import { Injectable, Logger } from '@nestjs/common';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The action link the message carries (invitation, password reset). */
  link?: string;
}

/** Sends email: through SMTP when SMTP_URL is set (smtp-mailer.ts), else to the log. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export const MAILER = Symbol('MAILER');

/**
 * The default mailer: writes each message (and its link) to the log, and keeps the last ones in
 * memory so an operator — or a test — can read them back.
 */
@Injectable()
export class LogMailer implements Mailer {
  private readonly logger = new Logger('Mail');
  private readonly sent: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    if (this.sent.length > 100) this.sent.shift();
    this.logger.log(`to ${message.to}: ${message.subject}${message.link ? ` — ${message.link}` : ''}`);
  }

  /** Most recent message to an address, if any. */
  lastTo(address: string): MailMessage | undefined {
    return [...this.sent].reverse().find((m) => m.to.toLowerCase() === address.toLowerCase());
  }
}
