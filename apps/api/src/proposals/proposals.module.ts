import { Module } from '@nestjs/common';

import { ProcessProposalsController } from './process-proposals.controller';
import { ProposalAssessmentService } from './proposal-assessment.service';
import { ProposalEngagementService } from './proposal-engagement.service';
import { ProposalImagesController } from './proposal-images.controller';
import { ProposalImagesService } from './proposal-images.service';
import { ProposalModerationService } from './proposal-moderation.service';
import { ProposalAccountErasure, ProposalPersonalData } from './proposal-personal-data.contributor';
import { ProposalPlaceService } from './proposal-place.service';
import { ProposalQueryService } from './proposal-query.service';
import { ProposalStaffController } from './proposal-staff.controller';
import { ProposalStaffPolicy } from './proposal-staff.policy';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/**
 * Proposals of budget processes and idea boxes alike: submit, support, comment, report, moderate,
 * assess, answer, merge. Needs the global Access, Audit, Mail and Uploads modules. Exports
 * ProposalsService for the budgets module (feasible proposals → ballot projects).
 */
@Module({
  controllers: [
    ProcessProposalsController,
    ProposalsController,
    ProposalImagesController,
    ProposalStaffController,
  ],
  providers: [
    ProposalsService,
    ProposalQueryService,
    ProposalEngagementService,
    ProposalModerationService,
    ProposalAssessmentService,
    ProposalImagesService,
    ProposalPlaceService,
    ProposalRepository,
    ProposalStaffPolicy,
    ProposalPersonalData,
    ProposalAccountErasure,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
