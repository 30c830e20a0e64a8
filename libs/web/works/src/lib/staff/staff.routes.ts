import { Routes } from '@angular/router';

import { teamGuard } from '@agora/web-core';

import { worksTranslations } from '../works.routes';
import { CounterPrioritisationPage } from './counter-prioritisation.page';
import { OpenPrioritisationPage } from './open-prioritisation.page';
import { StaffWorksPage } from './staff-works.page';
import { WorkEditorPage } from './work-editor.page';
import { WorkImportPage } from './work-import.page';

/** Under `/gestion/travaux`: the works back office for staff, officials and admins. */
export const staffWorksRoutes: Routes = [
  {
    path: '',
    providers: [worksTranslations],
    canActivate: [teamGuard],
    children: [
      { path: '', component: StaffWorksPage, title: 'works.staff.list.title' },
      { path: 'nouveau', component: WorkEditorPage, title: 'works.staff.form.newTitle' },
      { path: 'import', component: WorkImportPage, title: 'works.staff.import.title' },
      { path: 'priorisation', component: OpenPrioritisationPage, title: 'works.staff.open.title' },
      { path: 'priorisation/:process/guichet', component: CounterPrioritisationPage, title: 'works.counter.title' },
      { path: ':id', component: WorkEditorPage, title: 'works.staff.form.editTitle' },
    ],
  },
];
