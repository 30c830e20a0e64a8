import { Routes } from '@angular/router';

import { BackOfficePage } from './back-office.page';
import { ForbiddenPage } from './forbidden.page';
import { NotFoundPage } from './not-found.page';

/**
 * One lazy chunk per feature. Legal and identity pages live at the top level (`/connexion`,
 * `/mentions-legales`), so their routes hang under empty paths: the router loads such a chunk only
 * when the routes before it did not match. They come after every feature with a path of its own, so
 * that opening `/budgets/…` downloads neither (issue 7: JavaScript budget of a first visit), and the
 * small legal chunk comes before identity.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('@agora/web-home').then((m) => m.homeRoutes) },
  { path: 'gestion', pathMatch: 'full', component: BackOfficePage, title: 'backOffice.title' },
  { path: 'admin', loadChildren: () => import('@agora/web-admin').then((m) => m.adminRoutes) },
  {
    path: 'gestion/budgets',
    loadChildren: () => import('@agora/web-budgets').then((m) => m.staffBudgetsRoutes),
  },
  {
    path: 'gestion/travaux',
    loadChildren: () => import('@agora/web-works').then((m) => m.staffWorksRoutes),
  },
  {
    path: 'gestion/consultations',
    loadChildren: () => import('@agora/web-consultations').then((m) => m.staffConsultationsRoutes),
  },
  {
    path: 'gestion/idees',
    loadChildren: () => import('@agora/web-ideas').then((m) => m.staffIdeasRoutes),
  },
  { path: 'acces-refuse', component: ForbiddenPage, title: 'forbidden.title' },
  { path: 'budgets', loadChildren: () => import('@agora/web-budgets').then((m) => m.budgetsRoutes) },
  {
    path: 'consultations',
    loadChildren: () => import('@agora/web-consultations').then((m) => m.consultationsRoutes),
  },
  { path: 'travaux', loadChildren: () => import('@agora/web-works').then((m) => m.worksRoutes) },
  {
    path: 'priorisations',
    loadChildren: () => import('@agora/web-works').then((m) => m.prioritisationRoutes),
  },
  { path: 'idees', loadChildren: () => import('@agora/web-ideas').then((m) => m.ideasRoutes) },
  { path: 'propositions', loadChildren: () => import('@agora/web-budgets').then((m) => m.proposalRoutes) },
  {
    path: 'verifier-recepisse',
    loadChildren: () => import('@agora/web-budgets').then((m) => m.receiptCheckRoutes),
  },
  { path: '', loadChildren: () => import('@agora/web-legal').then((m) => m.legalRoutes) },
  { path: '', loadChildren: () => import('@agora/web-identity').then((m) => m.identityRoutes) },
  { path: '**', component: NotFoundPage, title: 'notFound.title' },
];
