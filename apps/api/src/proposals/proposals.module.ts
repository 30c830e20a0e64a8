import { Module } from '@nestjs/common';

import { ProcessProposalsController } from './process-proposals.controller';
import { ProposalAssessmentService } from './proposal-assessment.service';
import { ProposalEngagementService } from './proposal-engagement.service';
import { ProposalImagesController } from './proposal-images.controller';
import { ProposalImagesService } from './proposal-images.service';
import { ProposalLivePublisher } from './proposal-live.publisher';
import { ProposalModerationService } from './proposal-moderation.service';
import { ProposalAccountErasure, ProposalPersonalData } from './proposal-personal-data.contributor';
import { ProposalPlaceService } from './proposal-place.service';
import { ProposalQueryService } from './proposal-query.service';
import { ProposalStaffController } from './proposal-staff.controller';
import { ProposalStaffPolicy } from './proposal-staff.policy';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { ShopDemandService } from './shop-demand.service';

/**
 * Proposals of budget processes and idea boxes alike (one module, issue 6): submit, support, comment,
 * report, moderate, assess, answer, merge, images, similar titles, map, shop demand, live events.
 * Needs the global Access, Audit, Mail, RateLimit, Live and Uploads modules. Exports ProposalsService
 * for the budgets module (feasibleProposals, markOnBallot, removeFromBallot).
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
    ShopDemandService,
    ProposalLivePublisher,
  ],
  // The ideas module answers, converts and exports ideas with the same repository, staff policy and live events.
  exports: [ProposalsService, ProposalRepository, ProposalStaffPolicy, ProposalLivePublisher],
})
export class ProposalsModule {}
