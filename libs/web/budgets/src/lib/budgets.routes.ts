import { Routes } from '@angular/router';

import { provideTranslations, signedInGuard } from '@agora/web-core';

import { BallotConfirmationPage } from './ballot/ballot-confirmation.page';
import { BallotPage } from './ballot/ballot.page';
import { ReceiptPage } from './ballot/receipt.page';
import { budgetsEn } from './i18n/en.dictionary';
import { budgetsFr } from './i18n/fr.dictionary';
import { ProcessPage } from './process/process.page';
import { ProposalFormPage } from './proposals/proposal-form.page';
import { ProposalPage } from './proposals/proposal.page';
import { ProposalsPage } from './proposals/proposals.page';
import { ReceiptCheckPage } from './receipts/receipt-check.page';
import { ResultsPage } from './results/results.page';

const translations = provideTranslations(budgetsFr, budgetsEn);

/** Under `/budgets`: a budget process, its proposals, the ballot, the receipt and the results. */
export const budgetsRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    children: [
      { path: ':slug', component: ProcessPage, title: 'budgets.process.title' },
      { path: ':slug/propositions', component: ProposalsPage, title: 'budgets.proposals.title' },
      {
        path: ':slug/propositions/nouvelle',
        canActivate: [signedInGuard],
        component: ProposalFormPage,
        title: 'budgets.form.title',
      },
      {
        path: ':slug/voter',
        canActivate: [signedInGuard],
        component: BallotPage,
        title: 'budgets.ballot.title',
      },
      {
        path: ':slug/voter/confirmation',
        canActivate: [signedInGuard],
        component: BallotConfirmationPage,
        title: 'budgets.confirm.title',
      },
      { path: ':slug/recepisse', component: ReceiptPage, title: 'budgets.receipt.title' },
      { path: ':slug/resultats', component: ResultsPage, title: 'budgets.results.title' },
    ],
  },
];

/** `/propositions/:id`: one proposal, wherever it was listed. */
export const proposalRoutes: Routes = [
  {
    path: '',
    providers: [translations],
    children: [{ path: ':id', component: ProposalPage, title: 'budgets.proposal.title' }],
  },
];

/** `/verifier-recepisse`: public, linked from the receipt and the results. */
export const receiptCheckRoutes: Routes = [
  { path: '', providers: [translations], component: ReceiptCheckPage, title: 'budgets.check.title' },
];
