import { Module } from '@nestjs/common';

import { BudgetsModule } from '../budgets/budgets.module';
import { ProcessesModule } from '../processes/processes.module';
import { PrioritisationBallotService } from './prioritisation-ballot.service';
import { PrioritisationCounterService } from './prioritisation-counter.service';
import { PrioritisationEligibility } from './prioritisation-eligibility.service';
import { PrioritisationResultsService } from './prioritisation-results.service';
import { PrioritisationsController } from './prioritisations.controller';
import { PrioritisationsService } from './prioritisations.service';

/**
 * Prioritisation of a quartier's works (process kind `prioritisation`, issue 6): ranking (Borda or
 * Schulze) or 100 points, eligibility as for budgets, a secret ballot (register and box apart),
 * count and publication with open data.
 */
@Module({
  imports: [ProcessesModule, BudgetsModule],
  controllers: [PrioritisationsController],
  providers: [PrioritisationsService, PrioritisationEligibility, PrioritisationBallotService, PrioritisationCounterService, PrioritisationResultsService],
})
export class PrioritisationsModule {}
