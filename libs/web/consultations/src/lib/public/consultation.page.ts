import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import {
  AppError,
  LocalizedDatePipe,
  PageTitleStrategy,
  TONE_LABELS,
  TranslatePipe,
  toAppError,
} from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { AUDIENCE_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from '../consultation.labels';
import { ConsultationsApi, type Consultation } from '../consultations.api';
import { ConclusionsComponent } from './conclusions.component';
import { OpenDataFilesComponent } from './open-data-files.component';

/**
 * `/consultations/:slug`: what the consultation is about, who may answer, what anonymity means here,
 * when results are shown, and what to do now (answer, finish a draft, see the results).
 */
@Component({
  selector: 'agora-consultation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    OpenDataFilesComponent,
    ConclusionsComponent,
  ],
  template: `
    <agora-page-header
      [heading]="detail()?.title ?? ('consultations.page.title' | t)"
      [lead]="detail()?.summary ?? ''"
    >
      @if (detail(); as d) {
        <p class="page-header__meta">
          {{ d.territoryName }} · <span class="tag">{{ statusLabels[d.status] | t }}</span>
        </p>
      }
    </agora-page-header>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (detail(); as d) {
      <section class="section" aria-labelledby="c-action">
        <h2 id="c-action">{{ 'consultations.page.actionTitle' | t }}</h2>
        @if (d.acceptingAnswers) {
          @if (!d.me) {
            <p>{{ 'consultations.page.signInToAnswer' | t }}</p>
            <p>
              <a
                agoraButton
                routerLink="/connexion"
                [queryParams]="{ retour: '/consultations/' + d.slug + '/repondre' }"
              >
                {{ 'consultations.page.signIn' | t }}
              </a>
            </p>
          } @else if (d.me.answered) {
            <p>{{ 'consultations.page.alreadyAnswered' | t }}</p>
          } @else if (d.me.canAnswer) {
            <p>
              {{ (d.me.draft ? 'consultations.page.draftWaiting' : 'consultations.page.youCanAnswer') | t }}
            </p>
            <p>
              <a agoraButton [routerLink]="['/consultations', d.slug, 'repondre']">
                {{ (d.me.draft ? 'consultations.page.continue' : 'consultations.page.answer') | t }}
              </a>
            </p>
          } @else {
            <p>{{ d.me.reason | t }}</p>
          }
        } @else if (d.status === 'closed') {
          <p>{{ 'consultations.page.closed' | t }}</p>
        } @else {
          <p>{{ 'consultations.page.notOpen' | t }}</p>
        }
        @if (d.resultsAvailable) {
          <p>
            <a [routerLink]="['/consultations', d.slug, 'resultats']">{{
              'consultations.page.seeResults' | t
            }}</a>
          </p>
        }
      </section>

      <dl class="facts">
        @if (d.opensAt) {
          <div>
            <dt>{{ 'consultations.page.opensAt' | t }}</dt>
            <dd>{{ d.opensAt | localizedDate: 'dateTime' }}</dd>
          </div>
        }
        @if (d.closesAt) {
          <div>
            <dt>{{ 'consultations.page.closesAt' | t }}</dt>
            <dd>{{ d.closesAt | localizedDate: 'dateTime' }}</dd>
          </div>
        }
        <div>
          <dt>{{ 'consultations.page.audience' | t }}</dt>
          <dd>
            {{ audienceLabels[d.audience] | t }}
            @if (d.audience === 'quartiers' && d.quartiers.length) {
              ({{ quartierNames(d) }})
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'consultations.page.respondents' | t }}</dt>
          <dd>{{ d.respondents }}</dd>
        </div>
      </dl>

      <section class="section" aria-labelledby="c-privacy">
        <h2 id="c-privacy">{{ 'consultations.page.privacyTitle' | t }}</h2>
        <p>{{ (d.anonymous ? 'consultations.page.anonymous' : 'consultations.page.identified') | t }}</p>
        <p>{{ visibilityLabels[d.resultsVisibility] | t }}</p>
        @if (d.counterAnswers) {
          <p>{{ 'consultations.page.counterToo' | t }}</p>
        }
      </section>

      @if (d.conclusions?.publishedAt) {
        <agora-consultation-conclusions [conclusions]="d.conclusions!" />
      }
      @if (d.contextHtml || d.images.length || d.documents.length) {
        <section class="section" aria-labelledby="c-context">
          <h2 id="c-context">{{ 'consultations.page.contextTitle' | t }}</h2>
          <!-- The API sanitises this field with an allow-list; Angular sanitises it once more. -->
          <div class="prose" [innerHTML]="d.contextHtml"></div>
          @for (image of d.images; track image.path) {
            <img class="context-image" [src]="image.path" [alt]="image.alt" />
          }
          @if (d.documents.length) {
            <ul class="link-list">
              @for (document of d.documents; track document.path) {
                <li>
                  <a [href]="document.path">{{ document.name }}</a>
                </li>
              }
            </ul>
          }
        </section>
      }
      @if (d.files.length) {
        <agora-open-data-files [files]="d.files" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .context-image {
      display: block;
      max-width: 100%;
      height: auto;
      margin-block: var(--space-3);
    }
  `,
})
export class ConsultationPage {
  readonly slug = input.required<string>();

  private readonly api = inject(ConsultationsApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly visibilityLabels = VISIBILITY_LABELS;
  protected readonly detail = signal<Consultation | null>(null);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected quartierNames(detail: Consultation): string {
    return detail.quartiers.map((q) => q.name).join(', ');
  }

  private async load(slug: string): Promise<void> {
    this.error.set(null);
    try {
      const detail = await this.api.get(slug);
      this.detail.set(detail);
      this.title.setPageTitle('consultations.page.pageTitle', { title: detail.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
