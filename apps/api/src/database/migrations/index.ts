import { CreateTerritoriesAndAccounts1763800000000 } from './1763800000000-CreateTerritoriesAndAccounts';
import { CreateSessionsAndAccountTokens1763800100000 } from './1763800100000-CreateSessionsAndAccountTokens';
import { CreateRateLimitCounters1763800110000 } from './1763800110000-CreateRateLimitCounters';
import { UseSlidingRateLimits1763800120000 } from './1763800120000-UseSlidingRateLimits';
import { CreateRoleAssignments1763800200000 } from './1763800200000-CreateRoleAssignments';
import { CreateAuditEntries1763800210000 } from './1763800210000-CreateAuditEntries';
import { CreateProcesses1763800300000 } from './1763800300000-CreateProcesses';
import { CreateBudgets1763800310000 } from './1763800310000-CreateBudgets';
import { CreateProposals1763800400000 } from './1763800400000-CreateProposals';
import { LinkBallotProjectsToProposals1763800410000 } from './1763800410000-LinkBallotProjectsToProposals';
import { AddBudgetVoteThreshold1763800420000 } from './1763800420000-AddBudgetVoteThreshold';
import { CreateConsultations1763800500000 } from './1763800500000-CreateConsultations';
import { CreateWorks1763800600000 } from './1763800600000-CreateWorks';
import { CreatePrioritisations1763800610000 } from './1763800610000-CreatePrioritisations';
import { CreateIdeaBoxes1763800700000 } from './1763800700000-CreateIdeaBoxes';
import { AddConsultationCounterAnswers1764900500000 } from './1764900500000-AddConsultationCounterAnswers';
import { StorePublishedResultsView1764900800000 } from './1764900800000-StorePublishedResultsView';
import { AddPrioritisationCounter1764900600000 } from './1764900600000-AddPrioritisationCounter';
import { CreateDownloadLinks1764900700000 } from './1764900700000-CreateDownloadLinks';
import { CreateVoterAgeFacts1764901000000 } from './1764901000000-CreateVoterAgeFacts';

// Every migration, in order. Listed explicitly (no glob) so that the bundled server, the tests and the
// CLI run exactly the same set. Never edit a migration that has landed: add a new one.
export const migrations: Function[] = [
  CreateTerritoriesAndAccounts1763800000000,
  CreateSessionsAndAccountTokens1763800100000,
  CreateRateLimitCounters1763800110000,
  UseSlidingRateLimits1763800120000,
  CreateRoleAssignments1763800200000,
  CreateAuditEntries1763800210000,
  CreateProcesses1763800300000,
  CreateBudgets1763800310000,
  CreateProposals1763800400000,
  LinkBallotProjectsToProposals1763800410000,
  AddBudgetVoteThreshold1763800420000,
  CreateConsultations1763800500000,
  CreateWorks1763800600000,
  CreatePrioritisations1763800610000,
  CreateIdeaBoxes1763800700000,
  AddConsultationCounterAnswers1764900500000,
  StorePublishedResultsView1764900800000,
  AddPrioritisationCounter1764900600000,
  CreateDownloadLinks1764900700000,
  CreateVoterAgeFacts1764901000000,
];
