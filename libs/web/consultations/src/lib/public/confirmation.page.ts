import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';
import { PageHeaderComponent } from '@agora/web-ui';

/** `/consultations/:slug/merci`: the answer is recorded; what happens next. */
@Component({
  selector: 'agora-answer-confirmation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  template: `
    <agora-page-header
      [heading]="'consultations.confirm.title' | t"
      [lead]="'consultations.confirm.lead' | t"
    />
    <p>{{ 'consultations.confirm.next' | t }}</p>
    <ul class="link-list">
      <li>
        <a [routerLink]="['/consultations', slug()]">{{ 'consultations.backToConsultation' | t }}</a>
      </li>
      <li>
        <a [routerLink]="['/consultations', slug(), 'resultats']">{{
          'consultations.page.seeResults' | t
        }}</a>
      </li>
      <li>
        <a routerLink="/consultations">{{ 'consultations.confirm.others' | t }}</a>
      </li>
    </ul>
  `,
})
export class AnswerConfirmationPage {
  readonly slug = input.required<string>();
}
