import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AnsweringService } from './answering.service';
import { AttachmentsService } from './attachments.service';
import { ConclusionsService } from './conclusions.service';
import { ConsultationClosingJob } from './consultation-closing.job';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationFinder } from './consultation.finder';
import { ConsultationAccountErasure, ConsultationPersonalData } from './consultation.personal-data';
import { ConsultationExportsService } from './consultation-exports.service';
import { ConsultationViewService } from './consultation-view.service';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { DemoConsultationsStep } from './demo/demo-consultations.step';
import { ModerationService } from './moderation.service';
import { OpenDataService } from './open-data.service';
import { ResponseBox } from './response-box.service';
import { ResultsAnnouncer } from './results.announcer';
import { ResultsCache } from './results.cache';
import { ConsultationResultsService } from './results.service';
import { StaffConsultationsController } from './staff-consultations.controller';

/**
 * Consultations (issue 5): surveys built by officials, answered online or at the counter (anonymous
 * or identified), live results, conclusions, exports and open data. Uses the global access, audit,
 * live, mail and uploads modules; the question rules come from @agora/consultation-rules.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ConsultationEntity])],
  controllers: [ConsultationsController, StaffConsultationsController],
  providers: [
    ConsultationFinder,
    ConsultationViewService,
    ConsultationsService,
    ResponseBox,
    AnsweringService,
    ResultsAnnouncer,
    ConsultationResultsService,
    ResultsCache,
    ConsultationExportsService,
    OpenDataService,
    ConclusionsService,
    ModerationService,
    AttachmentsService,
    ConsultationPersonalData,
    ConsultationAccountErasure,
    DemoConsultationsStep,
    ConsultationClosingJob,
  ],
})
export class ConsultationsModule {}
