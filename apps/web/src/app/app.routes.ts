import { Routes } from '@angular/router';

import { ForbiddenPage } from './forbidden.page';
import { NotFoundPage } from './not-found.page';

/**
 * One lazy chunk per feature. Legal and identity pages live at the top level (`/connexion`,
 * `/mentions-legales`), so their routes hang under empty paths: the router loads a feature's chunk
 * only when the routes before it did not match, hence the small legal chunk comes first.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('@agora/web-home').then((m) => m.homeRoutes) },
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
  { path: '', loadChildren: () => import('@agora/web-legal').then((m) => m.legalRoutes) },
  { path: '', loadChildren: () => import('@agora/web-identity').then((m) => m.identityRoutes) },
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
  { path: '**', component: NotFoundPage, title: 'notFound.title' },
];
