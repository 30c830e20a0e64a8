import { Routes } from '@angular/router';

import { adminGuard, provideTranslations } from '@agora/web-core';

import { AdminLayout } from './admin.layout';
import { AuditPage } from './audit/audit.page';
import { adminFr } from './i18n/fr.dictionary';
import { LegalInfoPage } from './legal-info/legal-info.page';
import { RolesPage } from './roles/roles.page';
import { TerritoriesPage } from './territories/territories.page';
import { TerritoryFormPage } from './territories/territory-form.page';

/** Under /admin: shown to admins only; the API checks every request on its side too. */
export const adminRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(adminFr, () => import('./i18n/en.dictionary').then((m) => m.adminEn))],
    canActivate: [adminGuard],
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'territoires' },
      { path: 'territoires', component: TerritoriesPage, title: 'admin.territories.title' },
      { path: 'territoires/nouveau', component: TerritoryFormPage, title: 'admin.territory.createTitle' },
      { path: 'territoires/:id', component: TerritoryFormPage, title: 'admin.territory.editTitleLoading' },
      { path: 'territoires/:id/informations-legales', component: LegalInfoPage, title: 'admin.legal.title' },
      { path: 'roles', component: RolesPage, title: 'admin.roles.title' },
      { path: 'journal', component: AuditPage, title: 'admin.audit.title' },
    ],
  },
];
