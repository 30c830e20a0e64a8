import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';

import type { RoleAssignment, RoleName } from '@agora/contracts';
import {
  AppError,
  LocalizedDatePipe,
  SessionStore,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
  formErrors,
  injectFocusOnRender,
  toAppError,
} from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  EmptyStateComponent,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { ROLE_LABELS, injectAdminScope } from '../admin-scope';
import { AdminApi } from '../admin.api';
import { TerritoryPickerComponent } from '../territory-picker.component';

const GRANTABLE: RoleName[] = ['staff', 'official', 'admin', 'citizen'];

/** Who holds which role on a territory; admins grant a role by e-mail and revoke it. */
@Component({
  selector: 'agora-roles-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    ControlDirective,
    EmptyStateComponent,
    ErrorSummaryComponent,
    FieldComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    TerritoryPickerComponent,
  ],
  templateUrl: './roles.page.html',
})
export class RolesPage {
  /** `?territoire=<id>`; the first managed territory otherwise. */
  readonly territoire = input<string>();

  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly session = inject(SessionStore);
  private readonly focusOnRender = injectFocusOnRender();

  protected readonly scope = injectAdminScope();
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly grantable = GRANTABLE;
  protected readonly toneLabels = TONE_LABELS;
  protected readonly territoryId = computed(
    () => this.territoire() || this.scope.lines()[0]?.territory.id || null,
  );
  protected readonly territory = computed(() => this.scope.territories.byId(this.territoryId()));
  protected readonly assignments = signal<RoleAssignment[] | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly confirmingId = signal<string | null>(null);
  protected readonly revokeError = signal<AppError | null>(null);
  protected readonly done = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    role: ['staff' as RoleName, Validators.required],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      email: { label: 'admin.roles.email', hint: 'admin.roles.emailHint' },
      role: { label: 'admin.roles.role' },
    },
    'attribuer',
  );

  constructor() {
    effect(() => {
      const id = this.territoryId();
      untracked(() => (id ? void this.load(id) : this.assignments.set(null)));
    });
  }

  protected choose(territoryId: string): void {
    void this.router.navigate([], { queryParams: { territoire: territoryId } });
  }

  protected async grant(): Promise<void> {
    const territory = this.territory();
    this.done.set(null);
    if (!territory || this.busy() || !this.errors.validate()) return;
    this.busy.set(true);
    try {
      const { email, role } = this.form.getRawValue();
      const assignment = await this.api.grantRole({ email: email.trim(), role, territoryId: territory.id });
      this.assignments.update((list) => [
        ...(list ?? []).filter((item) => item.id !== assignment.id),
        assignment,
      ]);
      this.form.reset({ email: '', role });
      this.done.set({
        key: 'admin.roles.granted',
        params: {
          role: this.i18n.translate(ROLE_LABELS[role]),
          name: assignment.displayName,
          territory: territory.name,
        },
      });
      if (assignment.accountId === this.session.me()?.id) await this.session.refresh();
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected confirmRevoke(assignment: RoleAssignment): void {
    this.revokeError.set(null);
    this.confirmingId.set(assignment.id);
    this.focusOnRender(`retirer-${assignment.id}`);
  }

  protected cancelRevoke(assignment: RoleAssignment): void {
    this.confirmingId.set(null);
    this.focusOnRender(`role-${assignment.id}`);
  }

  protected async revoke(assignment: RoleAssignment): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    try {
      await this.api.revokeRole(assignment.id);
      this.assignments.update((list) => (list ?? []).filter((item) => item.id !== assignment.id));
      this.confirmingId.set(null);
      this.done.set({
        key: 'admin.roles.revoked',
        params: {
          role: this.i18n.translate(ROLE_LABELS[assignment.role]),
          name: assignment.displayName,
          territory: assignment.territoryName,
        },
      });
      this.focusOnRender('roles-liste');
      if (assignment.accountId === this.session.me()?.id) await this.session.refresh();
    } catch (error) {
      this.revokeError.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(territoryId: string): Promise<void> {
    this.assignments.set(null);
    this.loadError.set(null);
    this.confirmingId.set(null);
    try {
      this.assignments.set(await this.api.roles(territoryId));
    } catch (error) {
      this.loadError.set(toAppError(error));
    }
  }
}
