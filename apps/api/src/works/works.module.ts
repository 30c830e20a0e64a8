import { Module } from '@nestjs/common';

import { IdeasModule } from '../ideas/ideas.module';
import { DemoWorksStep } from './demo/demo-works.step';
import { WorkFollowErasure, WorkFollowPersonalData } from './work-follow.personal-data';
import { WorkFollowService } from './work-follow.service';
import { WorkImportService } from './work-import.service';
import { WorkPhotosService } from './work-photos.service';
import { WorkQueryService } from './work-query.service';
import { WorkSourcesService } from './work-sources.service';
import { WorkStaffController } from './work-staff.controller';
import { WorkTerritoryService } from './work-territory.service';
import { WorksController } from './works.controller';
import { WorksService } from './works.service';

/**
 * Neighbourhood works (issue 6): the works of each quartier, their status, progress and timeline
 * with photos, followers and their e-mails, open data, the CSV import, and the works that come from
 * ideas and funded budget projects. Exports WorksService and WorkSourcesService (the budgets module
 * calls `fromPublishedBudget` when results are published; prioritisations read works). Needs the
 * global access, audit, live, mail, scheduler and uploads modules.
 */
@Module({
  imports: [IdeasModule],
  controllers: [WorkStaffController, WorksController],
  providers: [WorksService, WorkQueryService, WorkTerritoryService, WorkFollowService, WorkPhotosService, WorkImportService, WorkSourcesService, WorkFollowPersonalData, WorkFollowErasure, DemoWorksStep],
  exports: [WorksService, WorkQueryService, WorkSourcesService, WorkTerritoryService],
})
export class WorksModule {}
