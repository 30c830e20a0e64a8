import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import type { BudgetProcessPage, CounterPrecheck } from '@agora/contracts';
import {
  AppError,
  TONE_LABELS,
  TranslatePipe,
  formErrors,
  injectFocusOnRender,
  toAppError,
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
import { CounterBallotSection, CounterChoice } from './counter-ballot.section';
import { StaffApi } from './staff.api';
import { StaffNavComponent } from './staff-nav.component';

type Step = 'identify' | 'ballot' | 'done';

/**
 * `/gestion/budgets/:slug/guichet`: staff identify the resident, then either hand the screen over
 * (the resident fills the ballot; staff never see a summary of it) or type in a paper ballot.
 */
@Component({
  selector: 'agora-counter-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ButtonComponent,
    ControlDirective,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    StaffNavComponent,
    CounterBallotSection,
  ],
  templateUrl: './counter.page.html',
})
export class CounterPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(StaffApi);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly toneLabels = TONE_LABELS;

  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly step = signal<Step>('identify');
  protected readonly busy = signal(false);
  protected readonly castError = signal<AppError | null>(null);
  protected readonly alreadyVoted = signal(false);
  protected readonly receiptMailed = signal(false);
  /** What the register says about the person, checked before any ballot is started. */
  protected readonly precheck = signal<CounterPrecheck | null>(null);
  /** The chosen envelope is one the person already voted in: no ballot to fill. */
  protected readonly votedHere = computed(() => {
    const check = this.precheck();
    const budgetId = this.values().budgetId;
    return check?.votedIn.find((entry) => entry.budgetId === budgetId) ?? null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    identifyBy: ['email' as 'email' | 'identity'],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    lastName: ['', [Validators.maxLength(100)]],
    firstName: ['', [Validators.maxLength(100)]],
    birthDate: ['', [Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)]],
    budgetId: ['', [Validators.required]],
    quartierId: [''],
    channel: ['counter' as 'counter' | 'paper'],
    emailReceipt: [false],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      identifyBy: { label: 'budgets.staff.counter.identifyBy' },
      email: { label: 'budgets.staff.counter.email', optional: true },
      lastName: { label: 'budgets.staff.counter.lastName', optional: true },
      firstName: { label: 'budgets.staff.counter.firstName', optional: true },
      birthDate: { label: 'budgets.staff.counter.birthDate', optional: true },
      budgetId: { label: 'budgets.staff.counter.budget' },
      quartierId: {
        label: 'budgets.staff.counter.quartier',
        hint: 'budgets.staff.counter.quartierHint',
        optional: true,
      },
      channel: { label: 'budgets.staff.counter.channel' },
      emailReceipt: { label: 'budgets.staff.counter.emailReceipt', optional: true },
    },
    'guichet',
  );
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly byEmail = computed(() => this.values().identifyBy === 'email');
  protected readonly budget = computed(() => {
    const id = this.values().budgetId;
    return this.process()?.budgets.find((budget) => budget.id === id) ?? null;
  });
  protected readonly quartiers = injectQuartiersOf(
    computed(() => this.process()?.process.territoryId ?? null),
  );
  protected readonly paper = computed(() => this.values().channel === 'paper');

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  private async load(slug: string): Promise<void> {
    try {
      const page = await this.budgetsApi.processPage(slug);
      this.process.set(page);
      if (page.budgets.length === 1) this.form.controls.budgetId.setValue(page.budgets[0].id);
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }

  /** Checks the register first, so that nobody fills a ballot that would be refused. */
  protected async identify(): Promise<void> {
    this.castError.set(null);
    this.alreadyVoted.set(false);
    this.precheck.set(null);
    const process = this.process();
    if (!process || this.busy() || !this.errors.validate()) return;
    const identity = this.identity();
    if (!identity) {
      this.errors.fail('budgets.staff.counter.identityRequired');
      return;
    }
    this.busy.set(true);
    try {
      const check = await this.api.precheck(process.process.id, identity);
      this.precheck.set(check);
      if (this.votedHere()) {
        this.focusOnRender('guichet-deja-vote');
        return;
      }
      this.step.set('ballot');
      this.focusOnRender('guichet-bulletin');
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** The person as typed: an account's e-mail, or name and date of birth; null when incomplete. */
  private identity() {
    const { identifyBy, email, lastName, firstName, birthDate } = this.form.getRawValue();
    if (identifyBy === 'email') return email.trim() ? { email: email.trim() } : null;
    return lastName.trim() && firstName.trim() && birthDate
      ? { lastName: lastName.trim(), firstName: firstName.trim(), birthDate }
      : null;
  }

  protected async cast(choice: CounterChoice): Promise<void> {
    const process = this.process();
    if (!process || this.busy()) return;
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.castError.set(null);
    try {
      const result = await this.api.castAtCounter(process.process.id, {
        budgetId: value.budgetId,
        channel: value.channel,
        ...choice,
        emailReceipt: value.emailReceipt,
        ...(value.quartierId ? { quartierId: value.quartierId } : {}),
        ...this.identity(),
      });
      this.receiptMailed.set(result.receiptMailed);
      this.step.set('done');
      this.focusOnRender('guichet-fait');
    } catch (error) {
      const appError = toAppError(error);
      this.castError.set(appError);
      this.alreadyVoted.set(appError.code === 'ALREADY_VOTED');
      this.focusOnRender('guichet-refus');
    } finally {
      this.busy.set(false);
    }
  }

  /** Clears every trace of the previous person before the next one comes to the counter. */
  protected next(): void {
    const budgetId = this.form.controls.budgetId.value;
    const channel = this.form.controls.channel.value;
    this.form.reset({ identifyBy: 'email', budgetId, channel });
    this.errors.clear();
    this.castError.set(null);
    this.alreadyVoted.set(false);
    this.precheck.set(null);
    this.step.set('identify');
    this.focusOnRender('guichet-identite');
  }
}
