import { Routes } from '@angular/router';

/**
 * `/gestion/budgets`, loaded on demand: the feature's public entry point exports this instead of the
 * back office's routes themselves, so residents' pages never download the staff pages (issue 7).
 */
export const staffBudgetsRoutes: Routes = [
  { path: '', loadChildren: () => import('./staff.routes').then((m) => m.staffBudgetsRoutes) },
];
