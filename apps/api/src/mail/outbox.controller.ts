import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { OutboxMail } from '@agora/contracts';

import { Public } from '../access/access.decorator';
import { APP_CONFIG } from '../config/app.config';
import type { AppConfig } from '../config/app.config';
import { notFound } from '../errors/domain.error';
import { OutboxStore } from './outbox.store';

@ApiTags('dev')
@Controller('dev/outbox')
export class OutboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxStore,
  ) {}

  /** The mails caught by the development outbox, newest first. Absent in production (mails hold tokens). */
  @Get()
  @Public()
  @ApiOkResponse({ description: 'Mails caught by the development outbox, newest first.' })
  async list(): Promise<OutboxMail[]> {
    if (this.config.production) throw notFound('NOT_FOUND', 'Page ou ressource introuvable.', 'Not found.');
    return this.outbox.list();
  }
}
