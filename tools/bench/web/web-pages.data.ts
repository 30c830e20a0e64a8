/** The citizen pages issue 7 budgets: what a resident opens first, on a phone, from a link. */
export interface BenchPage {
  name: string;
  path: string;
  /** Signed in as the demo citizen (the ballot page sends anonymous visitors to sign in). */
  signedIn: boolean;
  /** Text the page shows once its data is there: the measurement waits for it. */
  content: RegExp;
}

// The demo seeds these two processes (apps/api/src/budgets/demo/demo-budget.data.ts).
const OPEN_PROCESS = 'budget-participatif-2026-beaulieu';
const FINISHED_PROCESS = 'budget-participatif-2025-beaulieu';

export const BENCH_PAGES: readonly BenchPage[] = [
  { name: 'home', path: '/', signedIn: false, content: /Budget participatif 2026/ },
  { name: 'process', path: `/budgets/${OPEN_PROCESS}`, signedIn: false, content: /Budget participatif 2026/ },
  {
    name: 'ballot',
    path: `/budgets/${OPEN_PROCESS}/voter`,
    signedIn: true,
    content: /Budget participatif 2026/,
  },
  {
    name: 'results',
    path: `/budgets/${FINISHED_PROCESS}/resultats`,
    signedIn: false,
    content: /Éclairage LED dans les rues/,
  },
];

export const DEMO_CITIZEN = { email: 'camille.martin@demo.agora.test', password: 'Demo-Citoyen-2026!' };

/** Issue 7: at most 150 kB of gzipped JavaScript on a first load (kB = 1000 bytes, as Angular's budgets). */
export const JS_BUDGET_GZIP_BYTES = 150_000;
/** Issue 7: Lighthouse mobile performance score at least 90. */
export const LIGHTHOUSE_MIN_SCORE = 90;
