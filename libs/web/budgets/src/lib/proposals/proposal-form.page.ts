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
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import type { BudgetProcessPage, CreateProposalRequest } from '@agora/contracts';
import { AppError, FlashStore, TONE_LABELS, TranslatePipe, formErrors, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  MapArea,
  MapComponent,
  MapCoordinates,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { BudgetsApi } from '../budgets.api';
import { MapAreasStore } from '../map/map-areas.store';
import { injectMapTexts } from '../map/map-texts.inject';
import { CATEGORY_CODES, PROPOSAL_CATEGORIES } from './proposal-category.labels';
import { IMAGE_MAX_COUNT, IMAGE_TYPES, imagesProblem } from './proposal.limits';
import { ProposalsApi } from './proposals.api';
import { injectQuartiersOf } from './quartier-list.inject';

function imagesValidator(control: AbstractControl<File[]>): ValidationErrors | null {
  const problem = imagesProblem(control.value ?? []);
  return problem ? { images: problem } : null;
}

/** `/budgets/:slug/propositions/nouvelle`: a resident submits a project idea. */
@Component({
  selector: 'agora-proposal-form-page',
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
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  templateUrl: './proposal-form.page.html',
  styles: `
    .radio {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--color-primary);
    }
  `,
})
export class ProposalFormPage {
  readonly slug = input.required<string>();

  private readonly budgetsApi = inject(BudgetsApi);
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly categories = CATEGORY_CODES;
  protected readonly categoryLabels = PROPOSAL_CATEGORIES;
  protected readonly accept = IMAGE_TYPES.join(',');
  protected readonly process = signal<BudgetProcessPage | null>(null);
  protected readonly processTitle = computed(() => this.process()?.process.title ?? '');
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly quartiers = injectQuartiersOf(
    computed(() => this.process()?.process.territoryId ?? null),
  );
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(150)]],
    description: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(20000)]],
    quartierId: [''],
    place: ['address' as 'address' | 'none'],
    address: ['', [Validators.required, Validators.maxLength(200)]],
    category: [''],
    cost: ['', [Validators.pattern(/^\d{1,10}$/)]],
    images: new FormControl<File[]>([], { nonNullable: true, validators: imagesValidator }),
    imagesAlt: ['', [Validators.maxLength(300)]],
  });
  protected readonly errors = formErrors(
    this.form,
    {
      title: { label: 'budgets.form.titleLabel', hint: 'budgets.form.titleHint' },
      description: { label: 'budgets.form.description', hint: 'budgets.form.descriptionHint' },
      quartierId: { label: 'budgets.form.quartier', hint: 'budgets.form.quartierHint' },
      place: { label: 'budgets.form.place' },
      address: { label: 'budgets.form.address', hint: 'budgets.form.addressHint' },
      category: { label: 'budgets.form.category', optional: true },
      cost: {
        label: 'budgets.form.cost',
        hint: 'budgets.form.costHint',
        optional: true,
        messages: { pattern: 'budgets.form.costPattern' },
        serverFields: ['estimatedCostCents'],
      },
      images: {
        label: 'budgets.form.images',
        hint: 'budgets.form.imagesHint',
        hintParams: { max: IMAGE_MAX_COUNT },
        optional: true,
      },
      imagesAlt: { label: 'budgets.form.imagesAlt', hint: 'budgets.form.imagesAltHint' },
    },
    'proposition',
  );
  protected readonly place = signal<'address' | 'none'>('address');
  protected readonly hasImages = signal(false);
  /** The point placed on the map (optional; the address stays the text alternative). */
  protected readonly point = signal<MapCoordinates | null>(null);
  protected readonly areas = signal<MapArea[]>([]);
  protected readonly mapTexts = injectMapTexts('pick');
  private readonly mapAreas = inject(MapAreasStore);

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(async () => {
        try {
          const page = await this.budgetsApi.processPage(slug);
          this.process.set(page);
          this.areas.set(await this.mapAreas.areasOf(page.process.territoryId));
        } catch (error) {
          this.loadError.set(toAppError(error));
        }
      });
    });
  }

  protected choosePlace(place: 'address' | 'none'): void {
    this.place.set(place);
    if (place === 'none') this.point.set(null);
    this.form.controls.place.setValue(place);
    const address = this.form.controls.address;
    address.setValidators(place === 'address' ? [Validators.required, Validators.maxLength(200)] : []);
    address.updateValueAndValidity();
  }

  protected chooseImages(event: Event): void {
    const files = Array.from((event.target as HTMLInputElement).files ?? []);
    this.form.controls.images.setValue(files);
    this.hasImages.set(files.length > 0);
    const alt = this.form.controls.imagesAlt;
    alt.setValidators(
      files.length ? [Validators.required, Validators.maxLength(300)] : [Validators.maxLength(300)],
    );
    alt.updateValueAndValidity();
  }

  protected async submit(): Promise<void> {
    const process = this.process();
    if (this.busy() || !process || !this.errors.validate()) return;
    this.busy.set(true);
    const value = this.form.getRawValue();
    const request: CreateProposalRequest = {
      kind: 'project',
      title: value.title.trim(),
      description: value.description.trim(),
      ...(value.quartierId ? { quartierId: value.quartierId } : {}),
      ...(value.category ? { category: value.category } : {}),
      ...(value.cost ? { estimatedCostCents: Number(value.cost) * 100 } : {}),
      ...(value.place === 'address' && value.address.trim() ? { address: value.address.trim() } : {}),
      ...(value.place === 'address' && this.point()
        ? { lat: this.point()!.lat, lng: this.point()!.lng }
        : {}),
    };
    try {
      const created = await this.api.create(process.process.id, request);
      let imagesFailed = false;
      for (const file of value.images) {
        try {
          await this.api.addImage(created.id, file, value.imagesAlt.trim());
        } catch {
          imagesFailed = true;
        }
      }
      this.flash.show(
        imagesFailed ? 'budgets.form.createdWithoutImages' : 'budgets.form.created',
        imagesFailed ? 'warning' : 'success',
      );
      void this.router.navigate(['/propositions', created.id]);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }
}
