import { Routes } from '@angular/router';

import { provideTranslations, readingPage } from '@agora/web-core';

import { HomePage } from './home.page';
import { homeFr } from './i18n/fr.dictionary';

export const homeRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(homeFr, () => import('./i18n/en.dictionary').then((m) => m.homeEn))],
    component: HomePage,
    title: 'home.title',
    data: readingPage,
  },
];
