import { Routes } from '@angular/router';

import { provideTranslations, teamGuard } from '@agora/web-core';

import { ideasEn } from '../i18n/en.dictionary';
import { ideasFr } from '../i18n/fr.dictionary';
import { StaffIdeaBoxesPage } from './staff-idea-boxes.page';
import { StaffIdeasPage } from './staff-ideas.page';

/** Under `/gestion/idees`: open idea boxes, moderate, answer, convert, export. */
export const staffIdeasRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(ideasFr, ideasEn)],
    canActivate: [teamGuard],
    children: [
      { path: '', component: StaffIdeaBoxesPage, title: 'ideas.staff.boxes.title' },
      { path: ':slug', component: StaffIdeasPage, title: 'ideas.staff.ideas.title' },
    ],
  },
];
