import { HttpStatus, Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { DomainError } from '../errors/domain.error';
import type { OutgoingMail } from './mail.template';
import { OutboxStore } from './outbox.store';

/**
 * Sends mail over SMTP (SMTP_URL), or into the development outbox when none is configured. Build
 * the mail with `bilingualMail` so every message is in French and English.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('MailService');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxStore,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /**
   * Resolves once the mail is handed over. A failure is logged (never the address) and becomes a
   * 503 the person can read: the mail server being down is not a bug of ours.
   */
  async send(mail: OutgoingMail): Promise<void> {
    try {
      if (this.transport) {
        await this.transport.sendMail({
          from: this.config.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
        });
      } else {
        await this.outbox.write(mail);
      }
    } catch (error) {
      // The SMTP server's own message may quote the recipient: log its codes only.
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      this.logger.error(`Mail not sent (${mail.subject}): ${code ?? 'error'} ${responseCode ?? ''}`.trim());
      throw new DomainError(HttpStatus.SERVICE_UNAVAILABLE, 'MAIL_NOT_SENT', {
        fr: 'L’e-mail n’a pas pu être envoyé. Réessayez dans quelques minutes.',
        en: 'The e-mail could not be sent. Try again in a few minutes.',
      });
    }
  }

  /**
   * For mails whose failure must not fail the request that triggered them (the person can ask again):
   * the error is logged by `send`.
   */
  async sendQuietly(mail: OutgoingMail): Promise<boolean> {
    return this.send(mail).then(
      () => true,
      () => false,
    );
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
