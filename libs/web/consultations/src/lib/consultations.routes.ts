import { Routes } from '@angular/router';

import { provideTranslations, signedInGuard, teamGuard } from '@agora/web-core';

import { consultationsFr } from './i18n/fr.dictionary';
import { AnswerPage } from './public/answer.page';
import { ConsultationPage } from './public/consultation.page';
import { AnswerConfirmationPage } from './public/confirmation.page';
import { ConsultationListPage } from './public/list.page';
import { ResultsPage } from './results/results.page';
import { CounterPage } from './staff/counter.page';
import { StaffEditPage } from './staff/staff-edit.page';
import { StaffListPage } from './staff/staff-list.page';
import { StaffManagePage } from './staff/staff-manage.page';

const translations = provideTranslations(consultationsFr, () =>
  import('./i18n/en.dictionary').then((m) => m.consultationsEn),
);

/** Under `/consultations`: the list, a consultation, its answer form, the confirmation and results. */
export const consultationsRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    children: [
      { path: '', component: ConsultationListPage, title: 'consultations.list.title' },
      { path: ':slug', component: ConsultationPage, title: 'consultations.page.title' },
      {
        path: ':slug/repondre',
        canActivate: [signedInGuard],
        component: AnswerPage,
        title: 'consultations.answerPage.title',
      },
      {
        path: ':slug/merci',
        canActivate: [signedInGuard],
        component: AnswerConfirmationPage,
        title: 'consultations.confirm.title',
      },
      { path: ':slug/resultats', component: ResultsPage, title: 'consultations.results.title' },
    ],
  },
];

/** Under `/gestion/consultations`: the back office, for officials, staff and admins. */
export const staffConsultationsRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    canActivate: [teamGuard],
    children: [
      { path: '', component: StaffListPage, title: 'consultations.staff.list.title' },
      { path: 'nouvelle', component: StaffEditPage, title: 'consultations.staff.edit.newTitle' },
      { path: ':slug', component: StaffManagePage, title: 'consultations.staff.manage.title' },
      { path: ':slug/modifier', component: StaffEditPage, title: 'consultations.staff.edit.editTitle' },
      {
        path: ':slug/resultats',
        component: ResultsPage,
        data: { moderation: true },
        title: 'consultations.results.title',
      },
      { path: ':slug/guichet', component: CounterPage, title: 'consultations.staff.counter.title' },
    ],
  },
];
