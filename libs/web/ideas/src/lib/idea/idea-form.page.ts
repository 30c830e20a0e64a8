import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { AbstractControl, FormControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import type { CreateProposalRequest, IdeaBoxDetail, ShopType, SimilarProposal } from '@agora/contracts';
import { AppError, FlashStore, TONE_LABELS, TranslatePipe, formErrors, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  ControlDirective,
  ErrorSummaryComponent,
  FieldComponent,
  LoadingComponent,
  MapComponent,
  MapCoordinates,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { boxAreas } from '../boxes/box-areas';
import { SHOP_TYPE_CODES, SHOP_TYPE_LABELS } from '../idea.labels';
import { IdeasApi } from '../ideas.api';
import { IMAGE_MAX_COUNT, IMAGE_TYPES, ideaImagesProblem } from './idea-images.rule';

/** Suggestions wait until the person pauses typing. */
const SIMILAR_DELAY_MS = 350;

function imagesValidator(control: AbstractControl<File[]>): ValidationErrors | null {
  const problem = ideaImagesProblem(control.value ?? []);
  return problem ? { images: problem } : null;
}

type Place = 'map' | 'address' | 'none';

/** `/idees/:slug/nouvelle`: a resident proposes an idea or wishes for a shop; similar ideas are suggested as they type. */
@Component({
  selector: 'agora-idea-form-page',
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
  template: `
    <agora-page-header [heading]="'ideas.form.title' | t" [lead]="box()?.title ?? ''" />
    @if (loadError(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (box(); as box) {
      @if (box.phase !== 'proposals') {
        <agora-notice tone="info" [toneLabel]="toneLabels.info | t"><p>{{ 'ideas.form.closed' | t }}</p></agora-notice>
        <p><a [routerLink]="['/idees', slug()]">{{ 'ideas.backToBox' | t }}</a></p>
      } @else {
        <agora-error-summary
          [summaryId]="errors.summaryId"
          [heading]="'common.errorSummary.title' | t"
          [message]="errors.generalText()"
          [items]="errors.summary()"
        />
        <form class="form form--wide" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <fieldset class="fieldset">
            <legend>{{ 'ideas.form.kind' | t }}</legend>
            <div class="field__choice">
              <input class="radio" type="radio" id="idee-type-idee" formControlName="kind" value="idea" />
              <label class="field__label" for="idee-type-idee">{{ 'ideas.kind.idea' | t }}</label>
            </div>
            <div class="field__choice">
              <input class="radio" type="radio" id="idee-type-commerce" formControlName="kind" value="shop" />
              <label class="field__label" for="idee-type-commerce">{{ 'ideas.kind.shop' | t }}</label>
            </div>
          </fieldset>
          @if (kind() === 'shop') {
            <agora-field [field]="errors.views().shopType">
              <select [agoraControl]="errors.views().shopType" formControlName="shopType">
                <option value="">{{ 'ideas.form.chooseShopType' | t }}</option>
                @for (code of shopTypes; track code) {
                  <option [value]="code">{{ shopLabels[code] | t }}</option>
                }
              </select>
            </agora-field>
          }
          <agora-field [field]="errors.views().title">
            <input [agoraControl]="errors.views().title" formControlName="title" type="text" maxlength="150" required autocomplete="off" />
          </agora-field>
          <div aria-live="polite" class="similar">
            @if (similar().length) {
              <p><strong>{{ 'ideas.form.similarTitle' | t: { count: similar().length } }}</strong></p>
              <ul>
                @for (s of similar(); track s.id) {
                  <li>
                    <a [routerLink]="['/idees/idee', s.id]">{{ s.title }}</a>
                    <span class="muted"> — {{ 'ideas.supports' | t: { count: s.supportsCount } }}</span>
                  </li>
                }
              </ul>
              <p class="muted">{{ 'ideas.form.similarHint' | t }}</p>
            }
          </div>
          <agora-field [field]="errors.views().description">
            <textarea [agoraControl]="errors.views().description" formControlName="description" rows="8" required></textarea>
          </agora-field>
          <agora-field [field]="errors.views().category">
            <select [agoraControl]="errors.views().category" formControlName="category">
              <option value="">{{ 'ideas.form.noCategory' | t }}</option>
              @for (c of box.categories; track c) {
                <option [value]="c">{{ c }}</option>
              }
            </select>
          </agora-field>
          <agora-field [field]="errors.views().quartierId">
            <select [agoraControl]="errors.views().quartierId" formControlName="quartierId">
              <option value="">{{ 'ideas.filters.cityWide' | t }}</option>
              @for (q of box.quartiers; track q.id) {
                <option [value]="q.id">{{ q.name }}</option>
              }
            </select>
          </agora-field>

          <fieldset class="fieldset">
            <legend>{{ 'ideas.form.place' | t }}</legend>
            <div class="field__choice">
              <input class="radio" type="radio" id="idee-lieu-carte" name="lieu" [checked]="place() === 'map'" (change)="choosePlace('map')" />
              <label class="field__label" for="idee-lieu-carte">{{ 'ideas.form.placeMap' | t }}</label>
            </div>
            <div class="field__choice">
              <input class="radio" type="radio" id="idee-lieu-adresse" name="lieu" [checked]="place() === 'address'" (change)="choosePlace('address')" />
              <label class="field__label" for="idee-lieu-adresse">{{ 'ideas.form.placeAddress' | t }}</label>
            </div>
            <div class="field__choice">
              <input class="radio" type="radio" id="idee-lieu-aucun" name="lieu" [checked]="place() === 'none'" (change)="choosePlace('none')" />
              <label class="field__label" for="idee-lieu-aucun">{{ 'ideas.form.placeNone' | t }}</label>
            </div>
            @if (place() === 'map') {
              <agora-map
                mapId="carte-lieu-idee"
                mode="pick"
                [areas]="areas()"
                [picked]="picked()"
                [showList]="false"
                [texts]="{
                  label: ('ideas.form.mapLabel' | t),
                  listHeading: ('ideas.form.mapLabel' | t),
                  emptyList: ('ideas.form.mapNoPoint' | t),
                  pickHint: ('ideas.form.mapHint' | t),
                  pickedIn: ('ideas.form.mapPickedIn' | t),
                  pickedOutside: ('ideas.form.mapPickedOutside' | t)
                }"
                (pick)="picked.set($event)"
              />
              @if (pickMissing()) {
                <p class="field__error" id="idee-lieu-erreur">{{ 'ideas.form.mapRequired' | t }}</p>
              }
            }
            @if (place() === 'address') {
              <agora-field [field]="errors.views().address">
                <input [agoraControl]="errors.views().address" formControlName="address" type="text" maxlength="200" autocomplete="street-address" />
              </agora-field>
            }
          </fieldset>

          <agora-field [field]="errors.views().images">
            <input [agoraControl]="errors.views().images" type="file" multiple [accept]="accept" (change)="chooseImages($event)" />
          </agora-field>
          @if (hasImages()) {
            <agora-field [field]="errors.views().imagesAlt">
              <input [agoraControl]="errors.views().imagesAlt" formControlName="imagesAlt" type="text" maxlength="300" />
            </agora-field>
          }
          <p class="form__note">{{ 'ideas.form.publicNote' | t }}</p>
          <div class="form__actions">
            <button agoraButton type="submit" [busy]="busy()">{{ 'ideas.form.submit' | t }}</button>
            <a [routerLink]="['/idees', slug()]">{{ 'common.cancel' | t }}</a>
          </div>
        </form>
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .radio { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--color-primary); }
    .similar { margin-bottom: var(--space-3); }
  `,
})
export class IdeaFormPage {
  readonly slug = input.required<string>();

  private readonly api = inject(IdeasApi);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashStore);

  protected readonly toneLabels = TONE_LABELS;
  protected readonly shopTypes = SHOP_TYPE_CODES;
  protected readonly shopLabels = SHOP_TYPE_LABELS;
  protected readonly accept = IMAGE_TYPES.join(',');
  protected readonly box = signal<IdeaBoxDetail | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly areas = computed(() => {
    const box = this.box();
    return box ? boxAreas(box) : [];
  });
  protected readonly busy = signal(false);
  protected readonly similar = signal<SimilarProposal[]>([]);
  protected readonly place = signal<Place>('none');
  protected readonly picked = signal<MapCoordinates | null>(null);
  protected readonly pickMissing = signal(false);
  protected readonly hasImages = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['idea' as 'idea' | 'shop'],
    shopType: [''],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(150)]],
    description: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(20000)]],
    category: [''],
    quartierId: [''],
    address: ['', [Validators.maxLength(200)]],
    images: new FormControl<File[]>([], { nonNullable: true, validators: imagesValidator }),
    imagesAlt: ['', [Validators.maxLength(300)]],
  });
  protected readonly kind = signal<'idea' | 'shop'>('idea');
  protected readonly errors = formErrors(
    this.form,
    {
      kind: { label: 'ideas.form.kind' },
      shopType: { label: 'ideas.form.shopType' },
      title: { label: 'ideas.form.titleLabel', hint: 'ideas.form.titleHint' },
      description: { label: 'ideas.form.description', hint: 'ideas.form.descriptionHint' },
      category: { label: 'ideas.form.category', optional: true },
      quartierId: { label: 'ideas.form.quartier', hint: 'ideas.form.quartierHint', optional: true },
      address: { label: 'ideas.form.address', hint: 'ideas.form.addressHint', serverFields: ['lat', 'lng'] },
      images: {
        label: 'ideas.form.images',
        hint: 'ideas.form.imagesHint',
        hintParams: { max: IMAGE_MAX_COUNT },
        optional: true,
      },
      imagesAlt: { label: 'ideas.form.imagesAlt', hint: 'ideas.form.imagesAltHint' },
    },
    'idee',
  );
  private similarTimer: ReturnType<typeof setTimeout> | null = null;
  private similarRequest = 0;

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(async () => {
        try {
          this.box.set(await this.api.box(slug));
        } catch (error) {
          this.loadError.set(toAppError(error));
        }
      });
    });
    const subscriptions = [
      this.form.controls.title.valueChanges.subscribe((title) => this.suggest(title)),
      this.form.controls.kind.valueChanges.subscribe((kind) => this.chooseKind(kind)),
    ];
    inject(DestroyRef).onDestroy(() => {
      subscriptions.forEach((s) => s.unsubscribe());
      if (this.similarTimer) clearTimeout(this.similarTimer);
    });
  }

  protected choosePlace(place: Place): void {
    this.place.set(place);
    this.pickMissing.set(false);
    const address = this.form.controls.address;
    address.setValidators(place === 'address' ? [Validators.required, Validators.maxLength(200)] : [Validators.maxLength(200)]);
    address.updateValueAndValidity();
  }

  protected chooseImages(event: Event): void {
    const files = Array.from((event.target as HTMLInputElement).files ?? []);
    this.form.controls.images.setValue(files);
    this.hasImages.set(files.length > 0);
    const alt = this.form.controls.imagesAlt;
    alt.setValidators(files.length ? [Validators.required, Validators.maxLength(300)] : [Validators.maxLength(300)]);
    alt.updateValueAndValidity();
  }

  protected async submit(): Promise<void> {
    const box = this.box();
    const missingPoint = this.place() === 'map' && !this.picked();
    this.pickMissing.set(missingPoint);
    if (this.busy() || !box || !this.errors.validate() || missingPoint) return;
    this.busy.set(true);
    const value = this.form.getRawValue();
    const point = this.place() === 'map' ? this.picked() : null;
    const request: CreateProposalRequest = {
      kind: value.kind,
      ...(value.kind === 'shop' ? { shopType: value.shopType as ShopType } : {}),
      title: value.title.trim(),
      description: value.description.trim(),
      ...(value.quartierId ? { quartierId: value.quartierId } : {}),
      ...(value.category ? { category: value.category } : {}),
      ...(point ? { lat: point.lat, lng: point.lng } : {}),
      ...(this.place() === 'address' && value.address.trim() ? { address: value.address.trim() } : {}),
    };
    try {
      const created = await this.api.create(box.id, request);
      let imagesFailed = false;
      for (const file of value.images) {
        try {
          await this.api.addImage(created.id, file, value.imagesAlt.trim());
        } catch {
          imagesFailed = true;
        }
      }
      this.flash.show(imagesFailed ? 'ideas.form.createdWithoutImages' : 'ideas.form.created', imagesFailed ? 'warning' : 'success');
      void this.router.navigate(['/idees/idee', created.id]);
    } catch (error) {
      this.errors.showApiError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private chooseKind(kind: 'idea' | 'shop'): void {
    this.kind.set(kind);
    const shopType = this.form.controls.shopType;
    shopType.setValidators(kind === 'shop' ? [Validators.required] : []);
    if (kind !== 'shop') shopType.setValue('');
    shopType.updateValueAndValidity();
  }

  /** Similar ideas of the box for the title typed so far (from 3 characters), latest answer wins. */
  private suggest(title: string): void {
    if (this.similarTimer) clearTimeout(this.similarTimer);
    const box = this.box();
    const text = title.trim();
    if (!box || text.length < 3) {
      this.similar.set([]);
      return;
    }
    this.similarTimer = setTimeout(async () => {
      const request = ++this.similarRequest;
      try {
        const found = await this.api.similar(box.id, text.slice(0, 150));
        if (request === this.similarRequest) this.similar.set(found);
      } catch {
        // Suggestions are a help, not a step: a failure leaves the form usable.
      }
    }, SIMILAR_DELAY_MS);
  }
}
