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

import { STATUS_LABELS } from '../consultation.labels';
import type { StaffConsultation } from '../consultations.api';
import { StaffConsultationsApi, type ExportKind } from './staff-consultations.api';
import { StaffNavComponent } from './staff-nav.component';

type Action = 'publish' | 'close' | 'saveConclusions' | 'publishConclusions';

const DONE: Record<Action, string> = {
  publish: 'consultations.staff.manage.published',
  close: 'consultations.staff.manage.closed',
  saveConclusions: 'consultations.staff.manage.conclusionsSaved',
  publishConclusions: 'consultations.staff.manage.conclusionsDone',
};

/**
 * `/gestion/consultations/:slug`: publish, close, write and publish the conclusions, download the
 * answers. Only officials publish and close (`canPublish`); the API records every action in the
 * audit log. Each outcome is announced in a live region.
 */
@Component({
  selector: 'agora-staff-consultation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-consultation-nav [slug]="slug()" />
    <agora-page-header [heading]="detail()?.title ?? ('consultations.staff.manage.title' | t)">
      @if (detail(); as d) {
        <p class="page-header__meta">
          {{ d.territoryName }} · <span class="tag">{{ statusLabels[d.status] | t }}</span>
        </p>
      }
    </agora-page-header>
    @if (notice()) {
      <agora-notice tone="success" [toneLabel]="toneLabels.success | t"
        ><p>{{ notice() | t }}</p></agora-notice
      >
    }
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    }
    @if (detail(); as d) {
      <section class="section" aria-labelledby="m-status">
        <h2 id="m-status">{{ 'consultations.staff.manage.statusTitle' | t }}</h2>
        <dl class="facts">
          <div>
            <dt>{{ 'consultations.staff.manage.online' | t }}</dt>
            <dd>{{ d.participation.online }}</dd>
          </div>
          <div>
            <dt>{{ 'consultations.staff.manage.counter' | t }}</dt>
            <dd>{{ d.participation.counter }}</dd>
          </div>
          @if (!d.anonymous) {
            <!-- Anonymous consultations keep drafts in residents' browsers: the server cannot count them. -->
            <div>
              <dt>{{ 'consultations.staff.manage.drafts' | t }}</dt>
              <dd>{{ d.participation.drafts }}</dd>
            </div>
          }
          <div>
            <dt>{{ 'consultations.staff.manage.hiddenTexts' | t }}</dt>
            <dd>{{ d.hiddenTexts }}</dd>
          </div>
        </dl>
        @switch (d.status) {
          @case ('draft') {
            <p>{{ 'consultations.staff.manage.draftText' | t }}</p>
            @if (d.canPublish) {
              <p>
                <button type="button" agoraButton [busy]="busy() === 'publish'" (click)="run('publish')">
                  {{ 'consultations.staff.manage.publish' | t }}
                </button>
              </p>
            }
          }
          @case ('published') {
            <p>
              {{
                (d.acceptingAnswers
                  ? 'consultations.staff.manage.openText'
                  : 'consultations.staff.manage.scheduledText'
                ) | t
              }}
            </p>
            @if (d.canPublish) {
              <p>
                <button
                  type="button"
                  agoraButton
                  variant="danger"
                  [busy]="busy() === 'close'"
                  (click)="run('close')"
                >
                  {{ 'consultations.staff.manage.close' | t }}
                </button>
              </p>
            }
          }
          @case ('closed') {
            <p>{{ 'consultations.staff.manage.closedText' | t }}</p>
          }
        }
        @if (!d.canPublish) {
          <p class="muted">{{ 'consultations.staff.manage.officialsOnly' | t }}</p>
        }
        <ul class="link-list">
          @if (d.status !== 'draft') {
            <li>
              <a [routerLink]="['/consultations', d.slug]">{{
                'consultations.staff.manage.publicPage' | t
              }}</a>
            </li>
          }
        </ul>
      </section>

      <section class="section" aria-labelledby="m-conclusions">
        <h2 id="m-conclusions">{{ 'consultations.page.conclusionsTitle' | t }}</h2>
        @if (d.conclusions?.publishedAt) {
          <p>
            {{
              'consultations.staff.manage.conclusionsPublished'
                | t: { date: (d.conclusions?.publishedAt | localizedDate: 'dateTime') }
            }}
          </p>
        }
        @if (d.canPublish) {
          <p class="field__hint" id="m-conclusions-hint">{{ 'consultations.staff.edit.contextHint' | t }}</p>
          <div class="field">
            <label class="field__label" for="m-retained">{{
              'consultations.staff.manage.retainedField' | t
            }}</label>
            <textarea
              class="control"
              id="m-retained"
              rows="8"
              aria-describedby="m-conclusions-hint"
              [value]="retained()"
              (input)="retained.set($any($event.target).value)"
            ></textarea>
          </div>
          <div class="field">
            <label class="field__label" for="m-decisions">
              {{ 'consultations.staff.manage.decisionsField' | t }}
              <span class="field__optional">{{ 'common.optional' | t }}</span>
            </label>
            <textarea
              class="control"
              id="m-decisions"
              rows="5"
              aria-describedby="m-conclusions-hint"
              [value]="decisions()"
              (input)="decisions.set($any($event.target).value)"
            ></textarea>
          </div>
          <p class="button-row">
            <button
              type="button"
              agoraButton
              variant="secondary"
              [busy]="busy() === 'saveConclusions'"
              (click)="run('saveConclusions')"
            >
              {{ 'consultations.staff.manage.saveConclusions' | t }}
            </button>
            @if (d.status === 'closed') {
              <button
                type="button"
                agoraButton
                [busy]="busy() === 'publishConclusions'"
                (click)="run('publishConclusions')"
              >
                {{ 'consultations.staff.manage.publishConclusions' | t }}
              </button>
            }
          </p>
          @if (d.status !== 'closed') {
            <p class="muted">{{ 'consultations.staff.manage.conclusionsAfterClose' | t }}</p>
          }
        }
      </section>

      <section class="section" aria-labelledby="m-exports">
        <h2 id="m-exports">{{ 'consultations.staff.manage.exportsTitle' | t }}</h2>
        <p>{{ 'consultations.staff.manage.exportsLead' | t }}</p>
        <ul class="link-list">
          @for (kind of exportKinds; track kind) {
            <li>
              <button
                type="button"
                agoraButton
                variant="secondary"
                [busy]="downloading() === kind"
                (click)="download(d.id, kind)"
              >
                {{ 'consultations.staff.manage.export' | t: { kind: kind.toUpperCase() } }}
              </button>
            </li>
          }
        </ul>
      </section>
    } @else if (!error()) {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class StaffManagePage {
  readonly slug = input.required<string>();

  private readonly api = inject(StaffConsultationsApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly exportKinds: ExportKind[] = ['csv', 'xlsx', 'json'];
  protected readonly detail = signal<StaffConsultation | null>(null);
  protected readonly retained = signal('');
  protected readonly decisions = signal('');
  protected readonly error = signal<AppError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal<Action | null>(null);

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected readonly downloading = signal<ExportKind | null>(null);

  /** The answers may hold personal data: the file comes through a single-use link made on each click. */
  protected async download(id: string, kind: ExportKind): Promise<void> {
    this.error.set(null);
    this.downloading.set(kind);
    try {
      const link = await this.api.exportLink(id, kind);
      window.location.assign(link.url);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.downloading.set(null);
    }
  }

  protected async run(action: Action): Promise<void> {
    const detail = this.detail();
    if (!detail || this.busy()) return;
    this.busy.set(action);
    this.error.set(null);
    this.notice.set(null);
    try {
      this.detail.set(await this.perform(action, detail.id));
      this.notice.set(DONE[action]);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(null);
    }
  }

  private async perform(action: Action, id: string): Promise<StaffConsultation> {
    switch (action) {
      case 'publish':
        return this.api.publish(id);
      case 'close':
        return this.api.close(id);
      case 'saveConclusions':
        return this.api.saveConclusions(id, {
          retainedHtml: this.retained(),
          decisionsHtml: this.decisions(),
        });
      case 'publishConclusions':
        // What is on screen is what gets published.
        await this.api.saveConclusions(id, {
          retainedHtml: this.retained(),
          decisionsHtml: this.decisions(),
        });
        return this.api.publishConclusions(id);
    }
  }

  private async load(slug: string): Promise<void> {
    this.error.set(null);
    try {
      const detail = await this.api.get(slug);
      this.detail.set(detail);
      this.retained.set(detail.conclusions?.retainedHtml ?? '');
      this.decisions.set(detail.conclusions?.decisionsHtml ?? '');
      this.title.setPageTitle('consultations.staff.manage.pageTitle', { title: detail.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
