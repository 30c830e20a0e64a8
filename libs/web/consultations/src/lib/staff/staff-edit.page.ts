import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import type { ConsultationItem, GeoBoundary } from '@agora/consultation-rules';
import { validateConsultationDefinition } from '@agora/consultation-rules';
import {
  AppError,
  FlashStore,
  SessionStore,
  TONE_LABELS,
  TerritoryApi,
  TerritoryStore,
  TranslatePipe,
  TranslationService,
  toAppError,
} from '@agora/web-core';
import {
  ErrorSummaryComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
  type ErrorSummaryItem,
} from '@agora/web-ui';

import { AnswerFormComponent } from '../answer/answer-form.component';
import { QuestionsBuilderComponent } from '../builder/questions-builder.component';
import type { StaffConsultation } from '../consultations.api';
import { AttachmentsEditorComponent } from './attachments-editor.component';
import { ConsultationSettingsComponent } from './consultation-settings.component';
import {
  EMPTY_SETTINGS,
  manageableTerritories,
  quartiersUnder,
  requestOf,
  settingsOf,
  type SettingsForm,
} from './settings.state';
import { StaffConsultationsApi } from './staff-consultations.api';
import { StaffNavComponent } from './staff-nav.component';

/**
 * `/gestion/consultations/nouvelle` and `/gestion/consultations/:slug/modifier`: the settings, the
 * questions (builder) and a preview of the form as a resident sees it. Once answers exist, only
 * wording can change.
 */
@Component({
  selector: 'agora-staff-consultation-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    AnswerFormComponent,
    AttachmentsEditorComponent,
    ConsultationSettingsComponent,
    ErrorSummaryComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    QuestionsBuilderComponent,
    StaffNavComponent,
  ],
  template: `
    @if (slug(); as slug) {
      <agora-staff-consultation-nav [slug]="slug" />
    }
    <agora-page-header
      [heading]="(slug() ? 'consultations.staff.edit.editTitle' : 'consultations.staff.edit.newTitle') | t"
      [lead]="detail()?.title ?? ''"
    >
      <p>
        <a routerLink="/gestion/consultations">{{ 'consultations.staff.backToList' | t }}</a>
      </p>
    </agora-page-header>
    @if (loadError(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (ready()) {
      <agora-error-summary
        summaryId="consultation-erreurs"
        [heading]="'consultations.staff.edit.errorsTitle' | t"
        [message]="saveMessage()"
        [items]="saveProblems()"
      />
      <form class="form form--wide" novalidate (submit)="$event.preventDefault(); save()">
        <section class="section" aria-labelledby="reglages">
          <h2 id="reglages">{{ 'consultations.staff.edit.settingsTitle' | t }}</h2>
          <agora-consultation-settings
            [settings]="settings()"
            [territories]="territories()"
            [quartiers]="quartiers()"
            [locked]="locked()"
            (settingsChange)="settings.set($event)"
          />
          <agora-attachments-editor
            [consultationId]="detail()?.id ?? null"
            [value]="settings()"
            (valueChange)="
              settings.set({ ...settings(), images: $event.images, documents: $event.documents })
            "
          />
        </section>
        <section class="section" aria-labelledby="questions">
          <h2 id="questions">{{ 'consultations.staff.edit.questionsTitle' | t }}</h2>
          <agora-questions-builder
            [items]="items()"
            [locked]="locked()"
            [boundary]="boundary()"
            (itemsChange)="items.set($event)"
          />
        </section>
        <div class="form__actions button-row">
          <button type="submit" class="button" [attr.aria-busy]="busy() ? 'true' : null">
            {{ 'consultations.staff.edit.save' | t }}
          </button>
          <button
            type="button"
            class="button button--secondary"
            [attr.aria-expanded]="preview()"
            aria-controls="apercu"
            (click)="preview.set(!preview())"
          >
            {{
              (preview() ? 'consultations.staff.edit.hidePreview' : 'consultations.staff.edit.showPreview')
                | t
            }}
          </button>
        </div>
      </form>
      <div id="apercu">
        @if (preview()) {
          <section class="section preview" aria-labelledby="apercu-titre">
            <h2 id="apercu-titre">{{ 'consultations.staff.edit.previewTitle' | t }}</h2>
            <p class="hint-block">{{ 'consultations.staff.edit.previewHint' | t }}</p>
            @if (previewNotice()) {
              <agora-notice tone="success" [toneLabel]="toneLabels.success | t"
                ><p>{{ 'consultations.staff.edit.previewValid' | t }}</p></agora-notice
              >
            }
            <agora-answer-form
              idPrefix="apercu"
              [definition]="{ questions: items() }"
              [onePerScreen]="settings().onePerScreen"
              [draftable]="false"
              [submitLabel]="'consultations.staff.edit.previewSubmit'"
              (submitted)="previewNotice.set(true)"
            />
          </section>
        }
      </div>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .preview {
      border: 2px dashed var(--color-border);
      padding: var(--space-3);
    }
  `,
})
export class StaffEditPage {
  /** Absent on `/nouvelle`. */
  readonly slug = input<string | undefined>(undefined);

  private readonly api = inject(StaffConsultationsApi);
  private readonly territoryApi = inject(TerritoryApi);
  private readonly territoryStore = inject(TerritoryStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);
  private readonly i18n = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly toneLabels = TONE_LABELS;

  protected readonly detail = signal<StaffConsultation | null>(null);
  protected readonly settings = signal<SettingsForm>(EMPTY_SETTINGS);
  protected readonly items = signal<ConsultationItem[]>([]);
  protected readonly boundary = signal<GeoBoundary | null>(null);
  protected readonly ready = signal(false);
  protected readonly busy = signal(false);
  protected readonly preview = signal(false);
  protected readonly previewNotice = signal(false);
  protected readonly loadError = signal<AppError | null>(null);
  private readonly saveError = signal<AppError | null>(null);
  private readonly showRuleProblems = signal(false);
  protected readonly locked = computed(() => this.detail()?.locked ?? false);
  protected readonly territories = computed(() => {
    const grants = (this.session.me()?.roles ?? [])
      .filter((g) => g.role !== 'citizen')
      .map((g) => g.territoryId);
    return manageableTerritories(this.territoryStore.territories(), grants);
  });
  protected readonly quartiers = computed(() =>
    this.settings().territoryId
      ? quartiersUnder(this.territoryStore.territories(), this.settings().territoryId)
      : [],
  );
  protected readonly saveMessage = computed(() => {
    const error = this.saveError();
    if (error) return this.i18n.translate(error.message);
    return this.showRuleProblems() && this.ruleProblems().length
      ? this.i18n.translate('consultations.staff.edit.fixQuestions')
      : null;
  });
  private readonly ruleProblems = computed(() => validateConsultationDefinition({ questions: this.items() }));
  protected readonly saveProblems = computed<ErrorSummaryItem[]>(() => {
    const fields = (this.saveError()?.fields ?? []).map((f) => ({
      fieldId: null,
      text: `${f.field} : ${this.i18n.translate(f.message)}`,
    }));
    const rules = this.showRuleProblems()
      ? this.ruleProblems().map((p) => ({
          fieldId: null,
          text: this.i18n.translate('consultations.staff.edit.problemAt', {
            path: p.path,
            message: this.i18n.translate(p.message),
          }),
        }))
      : [];
    return [...fields, ...rules];
  });

  constructor() {
    void this.territoryStore.load();
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
    effect(() => {
      const territoryId = this.settings().territoryId;
      untracked(() => void this.loadBoundary(territoryId));
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.saveError.set(null);
    this.showRuleProblems.set(true);
    if (this.ruleProblems().length) return this.focusSummary();
    this.busy.set(true);
    try {
      const request = requestOf(this.settings(), this.items());
      const current = this.detail();
      const saved = current ? await this.api.update(current.id, request) : await this.api.create(request);
      // A typo fix after the first answers is accepted and audited; the message says so.
      this.flash.show(
        saved.definitionChange === 'wording-only' && current?.locked
          ? 'consultations.staff.edit.savedWording'
          : 'consultations.staff.edit.saved',
        'success',
      );
      await this.router.navigate(['/gestion/consultations', saved.consultation.slug]);
    } catch (error) {
      this.saveError.set(toAppError(error));
      this.focusSummary();
    } finally {
      this.busy.set(false);
    }
  }

  private focusSummary(): void {
    afterNextRender(
      { read: () => this.document.getElementById('consultation-erreurs')?.focus() },
      { injector: this.injector },
    );
  }

  private async load(slug: string | undefined): Promise<void> {
    this.loadError.set(null);
    try {
      await this.session.whenReady();
      if (slug) {
        const detail = await this.api.get(slug);
        this.detail.set(detail);
        this.settings.set(settingsOf(detail));
        this.items.set(detail.definition.questions);
      } else {
        await this.territoryStore.load();
        const first = this.territories()[0];
        this.settings.set({ ...EMPTY_SETTINGS, territoryId: first?.id ?? '' });
      }
      this.ready.set(true);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  private async loadBoundary(territoryId: string): Promise<void> {
    this.boundary.set(null);
    if (!territoryId) return;
    try {
      const detail = await this.territoryApi.get(territoryId);
      this.boundary.set((detail.boundary as GeoBoundary | null) ?? null);
    } catch {
      // Without an outline, the builder simply does not offer map questions.
    }
  }
}
