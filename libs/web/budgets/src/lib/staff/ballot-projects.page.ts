import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { BallotProject, Budget, BudgetProcessPage } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  formErrors,
  injectFocusOnRender,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { injectQuartiersOf } from '../proposals/quartier-list.inject';
import { AssessmentApi } from './assessment.api';
import { eurosToCents } from './cost-input.rule';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/budgets/:slug/projets`: the projects on each envelope's ballot. Staff correct a project's
 * title, cost, quartier, description or place until the first ballot of the envelope locks it.
 */
@Component({
  selector: 'agora-ballot-projects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    EurosPipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
  ],
  template: `
    <agora-staff-nav [slug]="slug()" />
    <agora-page-header
      [heading]="'budgets.staff.projects.title' | t"
      [lead]="process()?.process?.title ?? ''"
    />

    <p class="visually-hidden" role="status" aria-live="polite">
      @if (saved(); as title) {
        {{ 'budgets.staff.projects.saved' | t: { title } }}
      }
    </p>

    @if (loadError(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (!process()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else {
      @if (editing(); as project) {
        <section class="section" aria-labelledby="projets-formulaire">
          <h2 id="projets-formulaire" tabindex="-1">
            {{ 'budgets.staff.projects.formTitle' | t: { title: project.title } }}
          </h2>
          <agora-error-summary
            [summaryId]="errors.summaryId"
            [heading]="'common.errorSummary.title' | t"
            [message]="errors.generalText()"
            [items]="errors.summary()"
          />
          <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
            <agora-field [field]="errors.views().title">
              <input
                [agoraControl]="errors.views().title"
                formControlName="title"
                type="text"
                maxlength="200"
                required
              />
            </agora-field>
            <agora-field [field]="errors.views().cost">
              <input
                [agoraControl]="errors.views().cost"
                formControlName="cost"
                type="text"
                inputmode="decimal"
                required
              />
            </agora-field>
            <agora-field [field]="errors.views().quartierId">
              <select [agoraControl]="errors.views().quartierId" formControlName="quartierId">
                <option value="">{{ 'budgets.staff.projects.cityWide' | t }}</option>
                @for (quartier of quartiers(); track quartier.id) {
                  <option [value]="quartier.id">{{ quartier.name }}</option>
                }
              </select>
            </agora-field>
            <agora-field [field]="errors.views().description">
              <textarea
                [agoraControl]="errors.views().description"
                formControlName="description"
                rows="6"
                maxlength="5000"
              ></textarea>
            </agora-field>
            <agora-field [field]="errors.views().address">
              <input
                [agoraControl]="errors.views().address"
                formControlName="address"
                type="text"
                maxlength="300"
              />
            </agora-field>
            <div class="form__actions">
              <button agoraButton type="submit" [busy]="busy()">
                {{ 'budgets.staff.projects.submit' | t }}
              </button>
              <button agoraButton variant="secondary" type="button" (click)="cancel()">
                {{ 'budgets.staff.projects.cancel' | t }}
              </button>
            </div>
          </form>
        </section>
      }

      @for (budget of budgets(); track budget.id) {
        <section class="section" [attr.aria-labelledby]="'projets-' + budget.id">
          <h2 [id]="'projets-' + budget.id" tabindex="-1">
            {{ budget.name }} — {{ budget.amountCents | euros }}
          </h2>
          @if (budget.lockedAt) {
            <agora-notice tone="info" [toneLabel]="toneLabels.info | t">
              <p>{{ 'budgets.staff.projects.locked' | t }}</p>
            </agora-notice>
          }
          @if (budget.projects.length === 0) {
            <p>{{ 'budgets.staff.projects.none' | t }}</p>
          } @else {
            <ul class="stack">
              @for (project of budget.projects; track project.id) {
                <li>
                  <strong>{{ project.title }}</strong> — {{ project.costCents | euros }} ·
                  {{ quartierName(project) }}
                  @if (!budget.lockedAt) {
                    <button agoraButton variant="secondary" type="button" (click)="edit(project)">
                      {{ 'budgets.staff.projects.edit' | t
                      }}<span class="visually-hidden"> : {{ project.title }}</span>
                    </button>
                  }
                </li>
              }
            </ul>
          }
        </section>
      }
    }
  `,
})
export class BallotProjectsPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(AssessmentApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly budgets = signal<Budget[]>([]);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly editing = signal<BallotProject | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly quartiers = injectQuartiersOf(
    computed(() => this.process()?.process.territoryId ?? null),
  );
  private readonly names = computed(() => new Map(this.quartiers().map((q) => [q.id, q.name])));

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    cost: ['', [Validators.required]],
    quartierId: [''],
    description: ['', [Validators.maxLength(5000)]],
    address: ['', [Validators.maxLength(300)]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      title: { label: 'budgets.staff.projects.projectTitle' },
      cost: { label: 'budgets.staff.projects.cost', hint: 'budgets.staff.projects.costHint' },
      quartierId: { label: 'budgets.staff.projects.quartier', optional: true },
      description: { label: 'budgets.staff.projects.description', optional: true },
      address: {
        label: 'budgets.staff.projects.address',
        hint: 'budgets.staff.projects.addressHint',
        optional: true,
      },
    },
    'projets',
  );

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  protected quartierName(project: BallotProject): string {
    return project.quartierId
      ? (this.names().get(project.quartierId) ?? '')
      : (this.process()?.process.territoryName ?? '');
  }

  private async load(slug: string): Promise<void> {
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      this.budgets.set(page.budgets);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  protected edit(project: BallotProject): void {
    this.editing.set(project);
    this.saved.set(null);
    this.form.reset({
      title: project.title,
      cost: String(project.costCents / 100).replace('.', ','),
      quartierId: project.quartierId ?? '',
      description: project.description,
      address: project.address ?? '',
    });
    this.errors.clear();
    this.focusOnRender('projets-formulaire');
  }

  protected cancel(): void {
    const project = this.editing();
    this.editing.set(null);
    if (project) this.focusOnRender('projets-' + project.budgetId);
  }

  protected async save(): Promise<void> {
    const project = this.editing();
    if (!project || this.busy() || !this.errors.validate()) return;
    const value = this.form.getRawValue();
    const costCents = eurosToCents(value.cost);
    if (Number.isNaN(costCents)) {
      this.errors.fail('budgets.staff.projects.costInvalid');
      return;
    }
    this.busy.set(true);
    try {
      const budget = await this.api.updateProject(project.id, {
        title: value.title.trim(),
        description: value.description.trim(),
        costCents,
        quartierId: value.quartierId || null,
        address: value.address.trim() || null,
        lat: project.lat,
        lng: project.lng,
        category: project.category,
        imagePath: project.imagePath,
      });
      this.budgets.update((list) => list.map((b) => (b.id === budget.id ? budget : b)));
      this.editing.set(null);
      this.saved.set(value.title.trim());
      this.focusOnRender('projets-' + budget.id);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
