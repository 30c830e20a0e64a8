import { Routes } from '@angular/router';

import { provideTranslations, teamGuard } from '@agora/web-core';

import { budgetsFr } from '../i18n/fr.dictionary';
import { AssessmentPage } from './assessment.page';
import { BallotProjectsPage } from './ballot-projects.page';
import { CensusPage } from './census.page';
import { CountPage } from './count.page';
import { CounterPage } from './counter.page';
import { budgetsBuilderFr } from './builder/i18n/fr.dictionary';
import { EligibilityPage } from './builder/eligibility.page';
import { EnvelopesPage } from './builder/envelopes.page';
import { PhasePage } from './builder/phase.page';
import { ProcessEditorPage } from './builder/process-editor.page';
import { ProcessListPage } from './builder/process-list.page';
import { budgetsStaffFr } from './i18n/fr.dictionary';
import { MergePage } from './merge.page';
import { ParticipationPage } from './participation.page';

/** Under `/gestion/budgets`: the back office of a process, for its staff, officials and admins. */
export const staffBudgetsRoutes: Routes = [
  {
    path: '',
    providers: [
      provideTranslations(budgetsFr, () => import('../i18n/en.dictionary').then((m) => m.budgetsEn)),
      provideTranslations(budgetsStaffFr, () => import('./i18n/en.dictionary').then((m) => m.budgetsStaffEn)),
      provideTranslations(budgetsBuilderFr, () =>
        import('./builder/i18n/en.dictionary').then((m) => m.budgetsBuilderEn),
      ),
    ],
    canActivate: [teamGuard],
    children: [
      { path: '', pathMatch: 'full', component: ProcessListPage, title: 'budgets.builder.list.title' },
      { path: 'nouvelle', component: ProcessEditorPage, title: 'budgets.builder.process.newTitle' },
      { path: ':slug', pathMatch: 'full', redirectTo: ':slug/guichet' },
      { path: ':slug/demarche', component: ProcessEditorPage, title: 'budgets.builder.process.editTitle' },
      { path: ':slug/enveloppes', component: EnvelopesPage, title: 'budgets.builder.envelope.title' },
      { path: ':slug/eligibilite', component: EligibilityPage, title: 'budgets.builder.eligibility.title' },
      { path: ':slug/phase', component: PhasePage, title: 'budgets.builder.phase.title' },
      { path: ':slug/guichet', component: CounterPage, title: 'budgets.staff.counter.title' },
      {
        path: ':slug/participation',
        component: ParticipationPage,
        title: 'budgets.staff.participation.title',
      },
      { path: ':slug/depouillement', component: CountPage, title: 'budgets.staff.count.title' },
      { path: ':slug/etude', component: AssessmentPage, title: 'budgets.staff.assessment.title' },
      { path: ':slug/doublons', component: MergePage, title: 'budgets.staff.merge.title' },
      { path: ':slug/projets', component: BallotProjectsPage, title: 'budgets.staff.projects.title' },
      { path: ':slug/habitants', component: CensusPage, title: 'budgets.staff.census.title' },
    ],
  },
];
