import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Public } from '../access/access.decorator';
import { serviceUnavailable } from '../errors/domain.error';

const databaseDown = () =>
  serviceUnavailable(
    'DATABASE_UNAVAILABLE',
    'La base de données ne répond pas.',
    'The database does not answer.',
  );

/**
 * Probes for load balancers and orchestrators. Liveness never touches PostgreSQL (a database outage
 * must not restart every API process); readiness takes a process out of rotation while it cannot serve.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when PostgreSQL answers (kept for existing load balancer checks), else 503. */
  @Get()
  @Public()
  async health(): Promise<{ status: 'ok' }> {
    await this.ping();
    return { status: 'ok' };
  }

  /** Liveness: the process runs its event loop. */
  @Get('live')
  @Public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL answers and every migration this build knows of is applied. */
  @Get('ready')
  @Public()
  async ready(): Promise<{ status: 'ok' }> {
    await this.ping();
    const pending = await this.dataSource.showMigrations().catch(() => {
      throw databaseDown();
    });
    if (pending)
      throw serviceUnavailable(
        'MIGRATIONS_PENDING',
        'Des migrations restent à appliquer.',
        'Migrations are still pending.',
      );
    return { status: 'ok' };
  }

  private async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1').catch(() => {
      throw databaseDown();
    });
  }
}
