import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Which pages the server renders (issue 7: a slow phone sees the page before its JavaScript runs).
 * Public pages render on the server, as for an anonymous visitor; the ballot with the resident's
 * session. Other pages for signed-in people (forms, the account), the back office and the identity
 * forms render in the browser only: their content depends on who is signed in, and the server sees
 * the visitor's session only for the ballot.
 * Order matters: the first matching path wins.
 */
export const serverRoutes: ServerRoute[] = [
  // Signed-in, staff and back-office pages.
  { path: 'gestion', renderMode: RenderMode.Client },
  { path: 'gestion/**', renderMode: RenderMode.Client },
  { path: 'admin', renderMode: RenderMode.Client },
  { path: 'admin/**', renderMode: RenderMode.Client },
  { path: 'mon-compte', renderMode: RenderMode.Client },
  { path: 'budgets/:slug/voter/confirmation', renderMode: RenderMode.Client },
  { path: 'budgets/:slug/propositions/nouvelle', renderMode: RenderMode.Client },
  { path: 'budgets/:slug/recepisse', renderMode: RenderMode.Client },
  { path: 'consultations/:slug/repondre', renderMode: RenderMode.Client },
  { path: 'consultations/:slug/merci', renderMode: RenderMode.Client },
  { path: 'idees/:slug/nouvelle', renderMode: RenderMode.Client },
  { path: 'priorisations/:process', renderMode: RenderMode.Client },
  { path: 'priorisations/:process/verification', renderMode: RenderMode.Client },
  { path: 'priorisations/:process/recepisse', renderMode: RenderMode.Client },
  { path: 'travaux/desabonnement', renderMode: RenderMode.Client },

  // The ballot, rendered with the resident's session (SIGNED_IN_PAGES in the API's web-assets
  // middleware, which sends the shell to a browser without one): a slow phone shows the voter's own
  // ballot before the code runs (issue 7).
  { path: 'budgets/:slug/voter', renderMode: RenderMode.Server },

  // Public pages.
  { path: '', renderMode: RenderMode.Server },
  { path: 'budgets/**', renderMode: RenderMode.Server },
  { path: 'propositions/**', renderMode: RenderMode.Server },
  { path: 'consultations/**', renderMode: RenderMode.Server },
  { path: 'idees/**', renderMode: RenderMode.Server },
  { path: 'travaux/**', renderMode: RenderMode.Server },
  { path: 'priorisations/**', renderMode: RenderMode.Server },
  { path: 'mentions-legales', renderMode: RenderMode.Server },
  { path: 'donnees-personnelles', renderMode: RenderMode.Server },
  { path: 'accessibilite', renderMode: RenderMode.Server },

  // Everything else (sign-in and account forms, receipt check, unknown addresses): in the browser.
  { path: '**', renderMode: RenderMode.Client },
];
