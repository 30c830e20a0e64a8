import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import type { CreateIdeaBoxRequest, IdeaBoxSummary } from '@agora/contracts';
import { AppError, FlashStore, SessionStore, TONE_LABELS, TranslatePipe, formErrors, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { IdeasApi } from '../ideas.api';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `/gestion/idees`: the idea boxes to moderate and answer, and (officials, admins) opening a new one. */
@Component({
  selector: 'agora-staff-idea-boxes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'ideas.staff.boxes.title' | t" />
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (boxes(); as boxes) {
      <ul>
        @for (box of boxes; track box.id) {
          <li>
            <a [routerLink]="['/gestion/idees', box.slug]">{{ box.title }}</a>
            — {{ 'ideas.staff.boxes.toAnswer' | t: { count: box.ideasCount - box.answeredCount } }}
          </li>
        } @empty {
          <li>{{ 'ideas.boxes.empty' | t }}</li>
        }
      </ul>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }

    @if (ownerTerritories().length) {
      <section class="section" aria-labelledby="ouvrir-boite">
        <h2 id="ouvrir-boite">{{ 'ideas.staff.create.title' | t }}</h2>
        <agora-error-summary
          [summaryId]="errors.summaryId"
          [heading]="'common.errorSummary.title' | t"
          [message]="errors.generalText()"
          [items]="errors.summary()"
        />
        <form class="form form--wide" [formGroup]="form" (ngSubmit)="create()" novalidate>
          <agora-field [field]="errors.views().territoryId">
            <select [agoraControl]="errors.views().territoryId" formControlName="territoryId" required>
              @for (t of ownerTerritories(); track t.territoryId) {
                <option [value]="t.territoryId">{{ t.territoryName }}</option>
              }
            </select>
          </agora-field>
          <agora-field [field]="errors.views().title">
            <input [agoraControl]="errors.views().title" formControlName="title" type="text" maxlength="200" required />
          </agora-field>
          <agora-field [field]="errors.views().slug">
            <input [agoraControl]="errors.views().slug" formControlName="slug" type="text" maxlength="80" required />
          </agora-field>
          <agora-field [field]="errors.views().theme">
            <input [agoraControl]="errors.views().theme" formControlName="theme" type="text" maxlength="300" required />
          </agora-field>
          <agora-field [field]="errors.views().summary">
            <textarea [agoraControl]="errors.views().summary" formControlName="summary" rows="3" maxlength="1000"></textarea>
          </agora-field>
          <agora-field [field]="errors.views().categories">
            <textarea [agoraControl]="errors.views().categories" formControlName="categories" rows="5" required></textarea>
          </agora-field>
          <agora-field [field]="errors.views().opensAt">
            <input [agoraControl]="errors.views().opensAt" formControlName="opensAt" type="date" required />
          </agora-field>
          <agora-field [field]="errors.views().closesAt">
            <input [agoraControl]="errors.views().closesAt" formControlName="closesAt" type="date" required />
          </agora-field>
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'ideas.staff.create.submit' | t }}</button>
          </div>
        </form>
      </section>
    }
  `,
})
export class StaffIdeaBoxesPage {
  private readonly api = inject(IdeasApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly boxes = signal<IdeaBoxSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  /** Where the person may open a box: the territories where they are an official or an admin. */
  protected readonly ownerTerritories = computed(() =>
    (this.session.me()?.roles ?? []).filter((grant) => grant.role === 'official' || grant.role === 'admin'),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    territoryId: ['', [Validators.required]],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    slug: ['', [Validators.required, Validators.pattern(SLUG), Validators.maxLength(80)]],
    theme: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    summary: ['', [Validators.maxLength(1000)]],
    categories: ['', [Validators.required]],
    opensAt: [new Date().toISOString().slice(0, 10), [Validators.required]],
    closesAt: ['', [Validators.required]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      territoryId: { label: 'ideas.staff.create.territory' },
      title: { label: 'ideas.staff.create.titleLabel' },
      slug: { label: 'ideas.staff.create.slug', hint: 'ideas.staff.create.slugHint', messages: { pattern: 'ideas.staff.create.slugPattern' } },
      theme: { label: 'ideas.staff.create.theme', hint: 'ideas.staff.create.themeHint' },
      summary: { label: 'ideas.staff.create.summary', optional: true },
      categories: { label: 'ideas.staff.create.categories', hint: 'ideas.staff.create.categoriesHint' },
      opensAt: { label: 'ideas.staff.create.opensAt' },
      closesAt: { label: 'ideas.staff.create.closesAt' },
    },
    'boite',
  );

  constructor() {
    this.api.boxes().then(
      (boxes) => this.boxes.set(boxes),
      (error) => this.error.set(toAppError(error)),
    );
    const first = this.ownerTerritories()[0];
    if (first) this.form.controls.territoryId.setValue(first.territoryId);
  }

  protected async create(): Promise<void> {
    if (!this.form.controls.territoryId.value && this.ownerTerritories()[0])
      this.form.controls.territoryId.setValue(this.ownerTerritories()[0].territoryId);
    if (this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    const value = this.form.getRawValue();
    const request: CreateIdeaBoxRequest = {
      territoryId: value.territoryId,
      title: value.title.trim(),
      slug: value.slug.trim(),
      theme: value.theme.trim(),
      ...(value.summary.trim() ? { summary: value.summary.trim() } : {}),
      categories: value.categories
        .split('\n')
        .map((c) => c.trim())
        .filter((c) => c.length > 0),
      // Opens at the start of the chosen day, closes at its end (local time).
      opensAt: new Date(`${value.opensAt}T00:00:00`).toISOString(),
      closesAt: new Date(`${value.closesAt}T23:59:59`).toISOString(),
    };
    try {
      const box = await this.api.createBox(request);
      this.flash.show('ideas.staff.create.created', 'success');
      void this.router.navigate(['/gestion/idees', box.slug]);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
