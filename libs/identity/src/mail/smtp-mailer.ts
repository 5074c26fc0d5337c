import { Logger, type FactoryProvider, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '#core';
import { LogMailer, MAILER, type MailMessage, type Mailer } from './mailer.js';

/** A mail server that does not answer must not hold messages (and shutdown) for nodemailer's minutes. */
const CONNECTION_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;
/** On shutdown, messages still on their way get this long before the process goes. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Addresses in a mail server's answer ("550 <bob@example.org>: unknown") are personal data: logged without the local part. */
const maskAddresses = (text: string): string => text.replace(/[^\s<>@"':;,]+@([^\s<>@"':;,]+)/g, '…@$1');

/**
 * Sends mail through an SMTP server (SMTP_URL, e.g. smtp://user:pass@host:587 or smtps://…).
 * `send` hands the message over and returns at once: the request that caused the mail (an
 * invitation, a password reset) is answered whether or not the mail server is reachable, slow or
 * refuses; a failure is logged for the operator, never shown to the caller, who must not learn
 * about our mail setup (and, for resets, about which addresses have accounts).
 */
export class SmtpMailer implements Mailer, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly pending = new Set<Promise<void>>();

  constructor(smtpUrl: string, from: string) {
    this.transport = createTransport(
      {
        url: smtpUrl,
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        greetingTimeout: CONNECTION_TIMEOUT_MS,
        socketTimeout: SOCKET_TIMEOUT_MS,
      },
      { from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    const delivery = this.deliver(message).finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Resolves when every message handed over so far has been delivered or has failed (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.logger.warn(`${this.pending.size} message(s) still unsent at shutdown`);
          resolve();
        }, SHUTDOWN_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    this.transport.close();
  }

  private async deliver(message: MailMessage): Promise<void> {
    try {
      const info = (await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
      })) as { messageId?: string };
      this.logger.log(`sent "${message.subject}" (${info.messageId ?? 'no message id'})`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const reason = maskAddresses(error instanceof Error ? error.message : String(error));
      this.logger.error(
        `could not send "${message.subject}"${typeof code === 'string' ? ` (${code})` : ''}: ${reason}`,
      );
    }
  }
}

/**
 * The MAILER: SMTP when SMTP_URL is set; otherwise the log (development, tests), where the
 * message and its link can be read back.
 */
export const mailerProvider: FactoryProvider<Mailer> = {
  provide: MAILER,
  inject: [APP_CONFIG, LogMailer],
  useFactory: (config: AppConfig, log: LogMailer): Mailer =>
    config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : log,
};
