import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessModule } from './access/access.module';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { LiveModule } from './live/live.module';
import { SchedulerModule } from './scheduler/scheduler.module';

/** The composition root: configuration, database, and the domain modules. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        AccessModule,
        HealthModule,
        LiveModule,
        SchedulerModule,
      ],
    };
  }
}
