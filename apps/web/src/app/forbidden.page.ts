import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '@agora/web-core';
import { PageHeaderComponent } from '@agora/web-ui';

@Component({
  selector: 'agora-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  template: `
    <agora-page-header [heading]="'forbidden.title' | t" [lead]="'forbidden.lead' | t" />
    <p>
      <a routerLink="/">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class ForbiddenPage {}
