import { Routes } from '@angular/router';

import { provideTranslations } from '@agora/web-core';

import { HomePage } from './home.page';
import { homeEn } from './i18n/en.dictionary';
import { homeFr } from './i18n/fr.dictionary';

export const homeRoutes: Routes = [
  { path: '', providers: [provideTranslations(homeFr, homeEn)], component: HomePage, title: 'home.title' },
];
