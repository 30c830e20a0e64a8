import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PhaseScheduleJob } from './phase-schedule.job';
import { ProcessImagesController } from './process-images.controller';
import { ProcessImagesService } from './process-images.service';
import { ProcessPhaseEntity } from './process-phase.entity';
import { ProcessEntity } from './process.entity';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';
import { StaffProcessesController } from './staff-processes.controller';

/**
 * Démarches participatives (budget, idea box, prioritisation): their pages, phases and schedule.
 * Exports ProcessesService so that budgets, proposals and later domains load and authorise on a process.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProcessEntity, ProcessPhaseEntity])],
  controllers: [StaffProcessesController, ProcessImagesController, ProcessesController],
  providers: [ProcessesService, ProcessImagesService, PhaseScheduleJob],
  exports: [ProcessesService],
})
export class ProcessesModule {}
