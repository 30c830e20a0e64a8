import { Injector, inject } from '@angular/core';
import { CanActivateFn, ResolveFn, Router, Routes } from '@angular/router';

import { provideTranslations, readingPage, signedInGuard } from '@agora/web-core';

import { budgetsFr } from './i18n/fr.dictionary';

const translations = provideTranslations(budgetsFr, () =>
  import('./i18n/en.dictionary').then((m) => m.budgetsEn),
);

// Each page is its own lazy chunk: a resident opening the results does not download the ballot (issue 7).

/**
 * The router fetches a page's code only once its guards pass; the ballot's guard may wait for the
 * session (after a navigation within the app, or when the server could not render it), so this first
 * "guard" starts the download meanwhile and lets the navigation go on (issue 7).
 */
const loadBallotPage = () => import('./ballot/ballot.page').then((m) => m.BallotPage);
const startLoadingBallot: CanActivateFn = () => {
  void loadBallotPage();
  return true;
};

/**
 * The ballot's data. On the page's first load (rendered by the server, with the resident's session),
 * before the page is created, so that it takes over the server's DOM as it is, with what the resident
 * ticked meanwhile (issue 7): the answers come from the page itself (transfer cache), at once. On a
 * later navigation, the page shows at once with its loading notice while the data comes.
 */
const loadBallot: ResolveFn<boolean> = async (route) => {
  const injector = inject(Injector);
  const firstLoad = !inject(Router).navigated;
  const { BallotStore } = await import('./ballot/ballot.store');
  const loading = injector.get(BallotStore).load(route.paramMap.get('slug') ?? '', { force: true });
  if (firstLoad) await loading;
  return true;
};

/** Under `/budgets`: a budget process, its proposals, the ballot, the receipt and the results. */
export const budgetsRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    children: [
      {
        path: ':slug',
        loadComponent: () => import('./process/process.page').then((m) => m.ProcessPage),
        title: 'budgets.process.title',
        data: readingPage,
      },
      {
        path: ':slug/propositions',
        loadComponent: () => import('./proposals/proposals.page').then((m) => m.ProposalsPage),
        title: 'budgets.proposals.title',
      },
      {
        path: ':slug/propositions/nouvelle',
        canActivate: [signedInGuard],
        loadComponent: () => import('./proposals/proposal-form.page').then((m) => m.ProposalFormPage),
        title: 'budgets.form.title',
      },
      {
        path: ':slug/voter',
        canActivate: [startLoadingBallot, signedInGuard],
        resolve: { loaded: loadBallot },
        loadComponent: loadBallotPage,
        title: 'budgets.ballot.title',
        // Rendered by the server with the resident's session; ticks made before the code runs are
        // kept and handed over (issue 7). Not when it offers the census or age forms (BallotPage).
        data: readingPage,
      },
      {
        path: ':slug/voter/confirmation',
        canActivate: [signedInGuard],
        loadComponent: () =>
          import('./ballot/ballot-confirmation.page').then((m) => m.BallotConfirmationPage),
        title: 'budgets.confirm.title',
      },
      {
        path: ':slug/recepisse',
        loadComponent: () => import('./ballot/receipt.page').then((m) => m.ReceiptPage),
        title: 'budgets.receipt.title',
      },
      {
        path: ':slug/resultats',
        loadComponent: () => import('./results/results.page').then((m) => m.ResultsPage),
        title: 'budgets.results.title',
        data: readingPage,
      },
    ],
  },
];

/** `/propositions/:id`: one proposal, wherever it was listed. */
export const proposalRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    children: [
      {
        path: ':id',
        loadComponent: () => import('./proposals/proposal.page').then((m) => m.ProposalPage),
        title: 'budgets.proposal.title',
      },
    ],
  },
];

/** `/verifier-recepisse`: public, linked from the receipt and the results. */
export const receiptCheckRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    loadComponent: () => import('./receipts/receipt-check.page').then((m) => m.ReceiptCheckPage),
    title: 'budgets.check.title',
  },
];
