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
import { RouterLink } from '@angular/router';

import type { WorkDetail, WorkLiveEvent } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  LocalizedDatePipe,
  PageTitleStrategy,
  SessionStore,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
  TranslationService,
} from '@agora/web-core';
import {
  ButtonComponent,
  LoadingComponent,
  MapComponent,
  MapPoint,
  MapTexts,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { WORK_CATEGORY_LABELS, WORK_STATUS_LABELS } from '../work.labels';
import { markerOf } from '../work-place.rule';
import { WorksApi } from '../works.api';
import { WorkProgressComponent } from './progress-bar.component';
import { WorkTimelineComponent } from './timeline.component';
import { injectWorksLive } from './works-live.inject';

/** `/travaux/:id`: one work, its progress and timeline, kept up to date live; residents follow it. */
@Component({
  selector: 'agora-work-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    EurosPipe,
    ButtonComponent,
    LoadingComponent,
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
    WorkProgressComponent,
    WorkTimelineComponent,
  ],
  templateUrl: './work.page.html',
  styles: `
    .follow {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-3);
      align-items: center;
    }
  `,
})
export class WorkPage {
  readonly id = input.required<string>();

  private readonly api = inject(WorksApi);
  private readonly i18n = inject(TranslationService);
  private readonly title = inject(PageTitleStrategy);
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = WORK_STATUS_LABELS;
  protected readonly categoryLabels = WORK_CATEGORY_LABELS;
  protected readonly work = signal<WorkDetail | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly followError = signal<AppError | null>(null);
  protected readonly busy = signal(false);
  /** What the polite live region says: a change pushed by the server, or the follow result. */
  protected readonly announcement = signal('');
  protected readonly signInUrl = computed(() => ({ retour: `/travaux/${this.id()}` }));
  protected readonly points = computed<MapPoint[]>(() => {
    const work = this.work();
    const marker = work ? markerOf(work.place) : null;
    return work && marker ? [{ id: work.id, label: work.title, ...marker }] : [];
  });
  protected readonly mapTexts = computed<MapTexts>(() => ({
    label: this.i18n.translate('works.work.mapLabel'),
    listHeading: this.i18n.translate('works.work.mapList'),
    emptyList: this.i18n.translate('works.list.noPlace'),
  }));
  protected readonly live = injectWorksLive(
    computed(() => this.work()?.territoryId ?? null),
    (event) => void this.changed(event),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async toggleFollow(): Promise<void> {
    const work = this.work();
    if (!work || this.busy()) return;
    this.busy.set(true);
    this.followError.set(null);
    try {
      const state = await this.api.follow(work.id, !work.following);
      this.work.set({
        ...work,
        following: state.following,
        followers: Math.max(
          0,
          work.followers + (state.following === work.following ? 0 : state.following ? 1 : -1),
        ),
      });
      this.announcement.set(
        this.i18n.translate(state.following ? 'works.work.followed' : 'works.work.unfollowed'),
      );
    } catch (error) {
      this.followError.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      const work = await this.api.detail(id);
      this.work.set(work);
      this.title.setPageTitle('works.work.pageTitle', { title: work.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  /** A change to this work (or one of its parts) reloads the page's data and says what changed. */
  private async changed(event: WorkLiveEvent): Promise<void> {
    const work = this.work();
    if (!work) return;
    const concerned = event.workId === work.id || work.children.some((child) => child.id === event.workId);
    if (!concerned) return;
    try {
      const fresh = await this.api.detail(work.id);
      this.work.set(fresh);
      const key = event.workId === work.id ? 'works.work.liveChange' : 'works.work.liveChildChange';
      this.announcement.set(
        this.i18n.translate(key, {
          status: this.i18n.translate(WORK_STATUS_LABELS[fresh.status]),
          progress: fresh.progress,
        }),
      );
    } catch {
      // Keep what is shown; the next event or a reload will bring the page up to date.
    }
  }
}
