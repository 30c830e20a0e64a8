import { Routes } from '@angular/router';

import { provideTranslations, readingPage, signedInGuard } from '@agora/web-core';

import { worksFr } from './i18n/fr.dictionary';
import { PrioritisationBallotPage } from './prioritisation/ballot.page';
import { PrioritisationsPage } from './prioritisation/prioritisations.page';
import { PrioritisationReceiptPage } from './prioritisation/receipt.page';
import { PrioritisationResultsPage } from './prioritisation/results.page';
import { PrioritisationReviewPage } from './prioritisation/review.page';
import { WorkUnsubscribePage } from './works/unsubscribe.page';
import { WorkPage } from './works/work.page';
import { WorksPage } from './works/works.page';

export const worksTranslations = provideTranslations(worksFr, () =>
  import('./i18n/en.dictionary').then((m) => m.worksEn),
);

/** Under `/travaux`: the works map and list, one work's page, the unsubscribe link of the e-mails. */
export const worksRoutes: Routes = [
  {
    path: '',
    providers: [worksTranslations],
    children: [
      { path: '', component: WorksPage, title: 'works.list.title' },
      { path: 'desabonnement', component: WorkUnsubscribePage, title: 'works.unsubscribe.title' },
      { path: ':id', component: WorkPage, title: 'works.work.title' },
    ],
  },
];

/** Under `/priorisations`: the open prioritisations, the ballot, its review, the receipt, the results. */
export const prioritisationRoutes: Routes = [
  {
    path: '',
    providers: [worksTranslations],
    children: [
      { path: '', component: PrioritisationsPage, title: 'works.prioritisations.title', data: readingPage },
      { path: ':process', component: PrioritisationBallotPage, title: 'works.ballot.title' },
      {
        path: ':process/verification',
        canActivate: [signedInGuard],
        component: PrioritisationReviewPage,
        title: 'works.review.title',
      },
      {
        path: ':process/recepisse',
        canActivate: [signedInGuard],
        component: PrioritisationReceiptPage,
        title: 'works.receipt.title',
      },
      { path: ':process/resultats', component: PrioritisationResultsPage, title: 'works.results.title' },
    ],
  },
];
