import { Routes } from '@angular/router';

import { provideTranslations, signedInGuard } from '@agora/web-core';

import { EmailLinkPage } from './email-links/email-link.page';
import { identityFr } from './i18n/fr.dictionary';
import { ForgotPasswordPage } from './password-reset/forgot-password.page';
import { ResetPasswordPage } from './password-reset/reset-password.page';
import { SignInPage } from './sign-in/sign-in.page';
import { SignUpPage } from './sign-up/sign-up.page';

export const identityRoutes: Routes = [
  {
    path: '',
    providers: [
      provideTranslations(identityFr, () => import('./i18n/en.dictionary').then((m) => m.identityEn)),
    ],
    children: [
      { path: 'inscription', component: SignUpPage, title: 'identity.signUp.title' },
      { path: 'connexion', component: SignInPage, title: 'identity.signIn.title' },
      { path: 'mot-de-passe-oublie', component: ForgotPasswordPage, title: 'identity.forgot.title' },
      { path: 'reinitialiser-mot-de-passe', component: ResetPasswordPage, title: 'identity.reset.title' },
      {
        path: 'verifier-email',
        component: EmailLinkPage,
        data: { kind: 'verify' },
        title: 'identity.verifyEmail.title',
      },
      {
        path: 'confirmer-email',
        component: EmailLinkPage,
        data: { kind: 'change' },
        title: 'identity.confirmEmail.title',
      },
      {
        path: 'mon-compte',
        canActivate: [signedInGuard],
        // A chunk of its own: most visitors of the sign-in pages never open their account.
        loadComponent: () => import('./account/account.page').then((m) => m.AccountPage),
        title: 'account.title',
      },
    ],
  },
];
