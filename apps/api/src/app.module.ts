import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DemoModule } from './demo/demo.module';
import { DownloadsModule } from './downloads/downloads.module';
import { HealthModule } from './health/health.module';
import { IdeasModule } from './ideas/ideas.module';
import { IdentityModule } from './identity/identity.module';
import { LiveModule } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { PrioritisationsModule } from './prioritisations/prioritisations.module';
import { ProcessesModule } from './processes/processes.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { TerritoriesModule } from './territories/territories.module';
import { UploadsModule } from './uploads/uploads.module';
import { WorksModule } from './works/works.module';

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
        AuditModule,
        BudgetsModule,
        ConsultationsModule,
        DemoModule,
        DownloadsModule,
        HealthModule,
        IdeasModule,
        IdentityModule,
        LiveModule,
        MailModule,
        PrioritisationsModule,
        ProcessesModule,
        ProposalsModule,
        RateLimitModule,
        SchedulerModule,
        TerritoriesModule,
        UploadsModule,
        WorksModule,
      ],
    };
  }
}
