import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';
import { PageHeaderComponent } from '@agora/web-ui';

@Component({
  selector: 'agora-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'notFound.title' | t" [lead]="'notFound.lead' | t" />
    <ul class="link-list">
      <li>
        <a routerLink="/">{{ 'notFound.home' | t }}</a>
      </li>
      <li>
        <a routerLink="/accessibilite">{{ 'notFound.contact' | t }}</a>
      </li>
    </ul>
  `,
})
export class NotFoundPage {}
