import { Routes } from '@angular/router';

import { provideTranslations, teamGuard } from '@agora/web-core';

import { ideasFr } from '../i18n/fr.dictionary';
import { StaffIdeaBoxesPage } from './staff-idea-boxes.page';
import { StaffIdeasPage } from './staff-ideas.page';

/** Under `/gestion/idees`: open idea boxes, moderate, answer, convert, export. */
export const staffIdeasRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(ideasFr, () => import('../i18n/en.dictionary').then((m) => m.ideasEn))],
    canActivate: [teamGuard],
    children: [
      { path: '', component: StaffIdeaBoxesPage, title: 'ideas.staff.boxes.title' },
      { path: ':slug', component: StaffIdeasPage, title: 'ideas.staff.ideas.title' },
    ],
  },
];
