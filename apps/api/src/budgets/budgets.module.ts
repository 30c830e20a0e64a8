import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ProcessesModule } from '../processes/processes.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { WorksModule } from '../works/works.module';
import { BallotBox } from './ballot-box.service';
import { BallotProjectImagesController } from './ballot-project-images.controller';
import { BallotProjectEntity } from './ballot-project.entity';
import { BudgetEntity } from './budget.entity';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';
import { CensusService } from './census.service';
import { CounterService } from './counter.service';
import { DemoBudgetStep } from './demo/demo-budget.step';
import { EligibilityService } from './eligibility.service';
import { OnlineBallotWriter } from './online-ballot.writer';
import { OnlineVoteReader } from './online-vote.reader';
import { PabulibTransferService } from './pabulib-transfer.service';
import { ParticipationAnnouncer } from './participation.announcer';
import { ParticipationPersonalData } from './participation.personal-data';
import { ParticipationService } from './participation.service';
import { ReceiptMailer } from './receipt.mailer';
import { ResultsViewService } from './results-view.service';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { VoterAgeErasure, VoterAgePersonalData } from './voter-age.personal-data';
import { VotingController } from './voting.controller';
import { VotingService } from './voting.service';

/**
 * The budget participatif: envelopes and rules, eligibility and census, voting online and at the
 * counter with a secret ballot, counting, results and open data. Needs the global audit, mail, live,
 * rate-limit and scheduler modules.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BudgetEntity, BallotProjectEntity]), ProcessesModule, ProposalsModule, WorksModule],
  controllers: [BudgetsController, BallotProjectImagesController, VotingController, ResultsController],
  providers: [BudgetsService, EligibilityService, CensusService, BallotBox, OnlineBallotWriter, OnlineVoteReader, VotingService, CounterService, ParticipationAnnouncer, ParticipationService, ParticipationPersonalData, VoterAgePersonalData, VoterAgeErasure, ReceiptMailer, ResultsService, ResultsViewService, PabulibTransferService, DemoBudgetStep],
  exports: [BudgetsService, ResultsService, PabulibTransferService, EligibilityService],
})
export class BudgetsModule {}
