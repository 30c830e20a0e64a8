import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../access/access.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness and readiness: answers 200 only when PostgreSQL answers. */
  @Get()
  @Public()
  async health(): Promise<{ status: 'ok' }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }
}
