import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { OutboxStore } from './outbox.store';

/** Outgoing mail for every module: inject `MailService` and build messages with `bilingualMail`. */
@Global()
@Module({ controllers: [OutboxController], providers: [MailService, OutboxStore], exports: [MailService] })
export class MailModule {}
