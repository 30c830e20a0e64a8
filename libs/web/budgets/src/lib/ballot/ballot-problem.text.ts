import { Injectable, inject } from '@angular/core';

import type { Locale } from '@agora/contracts';
import { formatEuros, TranslationService } from '@agora/web-core';

import { BallotProblem } from './ballot-check.rule';

/** Writes a ballot problem as a sentence, amounts in euros, in the current language. */
@Injectable({ providedIn: 'root' })
export class BallotProblemText {
  private readonly i18n = inject(TranslationService);

  text(problem: BallotProblem): string {
    const locale: Locale = this.i18n.locale();
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(problem.params)) {
      params[name] = problem.money.includes(name) ? formatEuros(value, locale) : value;
    }
    return this.i18n.translate(problem.key, params);
  }
}
