import { Routes } from '@angular/router';

import { provideTranslations, readingPage } from '@agora/web-core';

import { AccessibilityStatementPage } from './accessibility-statement.page';
import { legalFr } from './i18n/fr.dictionary';
import { LegalNoticePage } from './legal-notice.page';
import { PersonalDataPage } from './personal-data.page';

/** The pages a French public body must publish, reachable from every page's footer. */
export const legalRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(legalFr, () => import('./i18n/en.dictionary').then((m) => m.legalEn))],
    children: [
      {
        path: 'mentions-legales',
        component: LegalNoticePage,
        title: 'legal.notice.title',
        data: readingPage,
      },
      {
        path: 'donnees-personnelles',
        component: PersonalDataPage,
        title: 'legal.data.title',
        data: readingPage,
      },
      {
        path: 'accessibilite',
        component: AccessibilityStatementPage,
        title: 'legal.a11y.title',
        data: readingPage,
      },
    ],
  },
];
