import { NgTemplateOutlet, isPlatformBrowser } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, PLATFORM_ID } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { IdeaConversion, ProposalDetail } from '@agora/contracts';
import { AppError, LocalizedDatePipe, PageTitleStrategy, SessionStore, TONE_LABELS, TranslatePipe, injectFocusOnRender, toAppError } from '@agora/web-core';
import { ButtonComponent, LoadingComponent, MapComponent, MapPoint, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { answerLabel, COMMENT_MAX_DEPTH, KIND_LABELS, SHOP_TYPE_LABELS } from '../idea.labels';
import { IdeasApi } from '../ideas.api';

/** `/idees/idee/:id`: one idea, its supports, the town hall's answer (updated live), what it became, the comments. */
@Component({
  selector: 'agora-idea-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    LoadingComponent,
    MapComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="idea()?.title || ('ideas.idea.title' | t)">
      @if (idea(); as idea) {
        <p class="page-header__meta">
          {{ kindLabels[idea.kind] ?? null | t }}@if (idea.shopType) { — {{ shopLabels[idea.shopType] | t }} } ·
          {{ idea.cityWide ? ('ideas.filters.cityWide' | t) : idea.territoryName }} ·
          {{ idea.address ?? (idea.location ? ('ideas.idea.onMap' | t) : ('ideas.idea.noPrecisePlace' | t)) }}
          @if (idea.category) { · {{ idea.category }} }
        </p>
        @if (idea.authorName && idea.publishedAt) {
          <p class="page-header__meta">{{ 'ideas.idea.by' | t: { name: idea.authorName, date: (idea.publishedAt | localizedDate) } }}</p>
        }
      }
    </agora-page-header>

    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
    } @else if (idea(); as idea) {
      <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() | t }}</p>
      @if (actionError(); as error) {
        <agora-notice tone="error" [toneLabel]="toneLabels.error | t"><p>{{ error.message | t }}</p></agora-notice>
      }
      @if (idea.hidden) {
        <agora-notice tone="warning" [toneLabel]="toneLabels.warning | t" [live]="false">
          <p>{{ 'ideas.idea.hidden' | t: { reason: idea.hidden.reason } }}</p>
          @if (moderator()) {
            <p>
              <button agoraButton variant="secondary" type="button" [busy]="busy()" (click)="unhideIdea()">{{ 'ideas.idea.unhideIdea' | t }}</button>
            </p>
          }
        </agora-notice>
      }

      <section class="section answer" aria-labelledby="idee-reponse">
        <h2 id="idee-reponse">{{ 'ideas.idea.answerTitle' | t }}</h2>
        @if (idea.answer; as answer) {
          <p>
            <strong class="badge">{{ answerLabel(answer.answer) | t }}</strong>
            <span class="muted"> — {{ answer.at | localizedDate }}</span>
          </p>
          <p class="prose preserve-lines">{{ answer.reason }}</p>
        } @else {
          <p>{{ 'ideas.idea.noAnswer' | t }}</p>
        }
        @if (conversion(); as conversion) {
          <p>
            @if (conversion.target === 'budgetProject') {
              {{ 'ideas.idea.becameProject' | t }}
              @if (conversion.processSlug) {
                <a [routerLink]="['/propositions', conversion.targetId]">{{ 'ideas.idea.seeProject' | t }}</a>
              }
            } @else {
              {{ 'ideas.idea.becameWork' | t }}
              <a [routerLink]="['/travaux', conversion.targetId]">{{ 'ideas.idea.seeWork' | t }}</a>
            }
          </p>
        }
      </section>

      <section class="section support" aria-labelledby="idee-soutiens">
        <h2 id="idee-soutiens" class="visually-hidden">{{ 'ideas.idea.supportsTitle' | t }}</h2>
        <p aria-live="polite"><strong>{{ 'ideas.supports' | t: { count: idea.supportsCount } }}</strong></p>
        @if (session.signedIn()) {
          @if (!idea.mine && idea.status === 'published') {
            <button agoraButton variant="secondary" type="button" [attr.aria-pressed]="idea.supportedByMe" [busy]="busy()" (click)="toggleSupport()">
              <span aria-hidden="true">{{ idea.supportedByMe ? '✓ ' : '+ ' }}</span>{{ 'ideas.idea.support' | t }}
            </button>
          }
        } @else {
          <p><a routerLink="/connexion">{{ 'ideas.idea.signInToSupport' | t }}</a></p>
        }
      </section>

      <section class="section" aria-labelledby="idee-description">
        <h2 id="idee-description">{{ 'ideas.idea.descriptionTitle' | t }}</h2>
        @if (idea.descriptionFormat === 'html') {
          <div class="prose" [innerHTML]="idea.description"></div>
        } @else {
          <p class="prose preserve-lines">{{ idea.description }}</p>
        }
        @if (point(); as point) {
          <agora-map
            mapId="carte-idee"
            [points]="[point]"
            [showList]="false"
            [texts]="{ label: ('ideas.idea.mapLabel' | t), listHeading: ('ideas.idea.mapLabel' | t), emptyList: ('ideas.idea.noPrecisePlace' | t) }"
          />
        }
        @if (idea.images.length) {
          <ul class="gallery">
            @for (image of idea.images; track image.id) {
              <li><img [src]="image.url" [alt]="image.alt" loading="lazy" /></li>
            }
          </ul>
        }
      </section>

      <section class="section" aria-labelledby="idee-commentaires">
        <h2 id="idee-commentaires">{{ 'ideas.idea.commentsTitle' | t: { count: idea.commentsCount } }}</h2>
        <ng-template #thread let-comments>
          <ul class="comments">
            @for (comment of comments; track comment.id) {
              <li class="comment">
                <p class="muted">{{ comment.authorName ?? ('ideas.idea.anonymous' | t) }} — {{ comment.createdAt | localizedDate }}</p>
                <p class="preserve-lines">{{ comment.hidden ? (comment.moderationNotice | t) : comment.body }}</p>
                <p class="comment__actions">
                  @if (session.signedIn() && !comment.hidden && comment.depth < maxDepth && !idea.hidden) {
                    <button
                      agoraButton
                      variant="quiet"
                      type="button"
                      [attr.aria-expanded]="replyTo() === comment.id"
                      [attr.aria-controls]="'reponse-form-' + comment.id"
                      (click)="toggleReply(comment.id)"
                    >
                      {{ 'ideas.idea.reply' | t }}<span class="visually-hidden"> {{ 'ideas.idea.replyTo' | t: { name: comment.authorName ?? ('ideas.idea.anonymous' | t) } }}</span>
                    </button>
                  }
                  @if (moderator()) {
                    @if (comment.hidden) {
                      <button agoraButton variant="quiet" type="button" [busy]="busy()" (click)="unhideComment(comment.id)">
                        {{ 'ideas.idea.unhideComment' | t }}
                      </button>
                    } @else {
                      <button
                        agoraButton
                        variant="quiet"
                        type="button"
                        [attr.aria-expanded]="hiding() === comment.id"
                        [attr.aria-controls]="'masquer-form-' + comment.id"
                        (click)="hiding.set(hiding() === comment.id ? null : comment.id)"
                      >
                        {{ 'ideas.idea.hideComment' | t }}
                      </button>
                    }
                  }
                </p>
                @if (replyTo() === comment.id) {
                  <form class="form" [id]="'reponse-form-' + comment.id" (submit)="reply($event, comment.id)">
                    <div class="field">
                      <label class="field__label" [for]="'reponse-' + comment.id">
                        {{ 'ideas.idea.replyLabel' | t: { name: comment.authorName ?? ('ideas.idea.anonymous' | t) } }}
                      </label>
                      <textarea class="control" [id]="'reponse-' + comment.id" name="body" rows="3" maxlength="5000" required></textarea>
                    </div>
                    <div class="form__actions">
                      <button agoraButton type="submit" [busy]="busy()">{{ 'ideas.idea.sendReply' | t }}</button>
                      <button agoraButton variant="quiet" type="button" (click)="replyTo.set(null)">{{ 'ideas.idea.cancel' | t }}</button>
                    </div>
                  </form>
                }
                @if (hiding() === comment.id) {
                  <form class="form" [id]="'masquer-form-' + comment.id" (submit)="hideComment($event, comment.id)">
                    <div class="field">
                      <label class="field__label" [for]="'masquer-' + comment.id">{{ 'ideas.idea.hideReason' | t }}</label>
                      <input class="control" type="text" [id]="'masquer-' + comment.id" name="reason" minlength="3" maxlength="1000" required />
                    </div>
                    <div class="form__actions">
                      <button agoraButton variant="danger" type="submit" [busy]="busy()">{{ 'ideas.idea.hideCommentConfirm' | t }}</button>
                    </div>
                  </form>
                }
                @if (comment.replies.length) {
                  <ng-container *ngTemplateOutlet="thread; context: { $implicit: comment.replies }" />
                }
              </li>
            }
          </ul>
        </ng-template>
        <ng-container *ngTemplateOutlet="thread; context: { $implicit: idea.comments }" />
        @if (session.signedIn()) {
          <form class="form" (submit)="comment($event)">
            <div class="field">
              <label class="field__label" for="idee-commentaire">{{ 'ideas.idea.newComment' | t }}</label>
              <textarea class="control" id="idee-commentaire" name="body" rows="4" maxlength="5000" required></textarea>
            </div>
            <div class="form__actions">
              <button agoraButton type="submit">{{ 'ideas.idea.sendComment' | t }}</button>
            </div>
          </form>
          @if (!idea.mine && !idea.hidden) {
            <p>
              <button agoraButton variant="quiet" type="button" [attr.aria-expanded]="reporting()" (click)="reporting.set(!reporting())">
                {{ 'ideas.idea.report' | t }}
              </button>
            </p>
            @if (reporting()) {
              <form class="form" (submit)="report($event)">
                <div class="field">
                  <label class="field__label" for="idee-signalement">{{ 'ideas.idea.reportReason' | t }}</label>
                  <textarea class="control" id="idee-signalement" name="reason" rows="3" minlength="3" maxlength="1000" required></textarea>
                </div>
                <div class="form__actions">
                  <button agoraButton variant="secondary" type="submit">{{ 'ideas.idea.reportSend' | t }}</button>
                </div>
              </form>
            }
          }
        }
      </section>
      <p><a [routerLink]="['/idees']">{{ 'ideas.backToBoxes' | t }}</a></p>
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
  styles: `
    .gallery { display: grid; gap: var(--space-3); grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); margin: 0; padding: 0; list-style: none; }
    .gallery img { width: 100%; height: auto; border-radius: var(--radius); }
    .support { display: flex; flex-wrap: wrap; gap: var(--space-3); align-items: center; }
    .badge { border: 2px solid currentColor; border-radius: var(--radius); padding: 0 var(--space-1); }
    .comments { list-style: none; padding-left: var(--space-3); border-left: 2px solid var(--color-border); }
    .comment { margin-bottom: var(--space-3); }
    .comment__actions { display: flex; flex-wrap: wrap; gap: var(--space-2); margin: 0; }
  `,
})
export class IdeaPage {
  readonly id = input.required<string>();

  private readonly api = inject(IdeasApi);
  private readonly title = inject(PageTitleStrategy);
  private readonly focusOnRender = injectFocusOnRender();
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly shopLabels = SHOP_TYPE_LABELS;
  protected readonly answerLabel = answerLabel;
  protected readonly idea = signal<ProposalDetail | null>(null);
  protected readonly conversion = signal<IdeaConversion | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly actionError = signal<AppError | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly reporting = signal(false);
  protected readonly maxDepth = COMMENT_MAX_DEPTH;
  /** The comment being answered, if any (one reply form at a time). */
  protected readonly replyTo = signal<string | null>(null);
  /** The comment a moderator is hiding, if any. */
  protected readonly hiding = signal<string | null>(null);
  /** Staff and admins see the moderation buttons; the API still checks the idea's own territory. */
  protected readonly moderator = computed(() => this.session.hasRole('staff') || this.session.hasRole('admin'));
  protected readonly point = computed<MapPoint | null>(() => {
    const idea = this.idea();
    return idea?.location ? { id: idea.id, label: idea.title, ...idea.location } : null;
  });
  private source: EventSource | null = null;
  /** Live updates run in the visitor's browser only, never during a server-side render. */
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id, null));
    });
    inject(DestroyRef).onDestroy(() => this.source?.close());
  }

  protected async toggleSupport(): Promise<void> {
    const idea = this.idea();
    if (!idea || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      this.idea.set({ ...idea, ...(await this.api.support(idea.id, !idea.supportedByMe)) });
    } catch (error) {
      this.actionError.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async comment(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body) return;
    this.actionError.set(null);
    try {
      await this.api.comment(this.id(), body);
      form.reset();
      await this.load(this.id(), 'ideas.idea.commentSent');
    } catch (error) {
      this.actionError.set(toAppError(error));
    }
  }

  protected toggleReply(commentId: string): void {
    const open = this.replyTo() !== commentId;
    this.replyTo.set(open ? commentId : null);
    // The form appears right under the comment: take the keyboard and the screen reader there.
    if (open) this.focusOnRender(`reponse-${commentId}`);
  }

  protected async reply(event: Event, parentId: string): Promise<void> {
    event.preventDefault();
    const body = String(new FormData(event.target as HTMLFormElement).get('body') ?? '').trim();
    if (!body) return;
    await this.act(async () => {
      await this.api.comment(this.id(), body, parentId);
      this.replyTo.set(null);
    }, 'ideas.idea.replySent');
  }

  protected async hideComment(event: Event, commentId: string): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason.length < 3) return;
    await this.act(async () => {
      await this.api.hideComment(commentId, reason);
      this.hiding.set(null);
    }, 'ideas.idea.commentHidden');
  }

  protected unhideComment(commentId: string): Promise<void> {
    return this.act(() => this.api.unhideComment(commentId), 'ideas.idea.commentUnhidden');
  }

  protected unhideIdea(): Promise<void> {
    return this.act(() => this.api.unhide(this.id()), 'ideas.idea.ideaUnhidden');
  }

  /** A write, then the idea reloaded and the outcome announced in the polite live region. */
  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await action();
      await this.load(this.id(), done);
    } catch (error) {
      this.actionError.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async report(event: Event): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason.length < 3) return;
    this.actionError.set(null);
    try {
      await this.api.report(this.id(), reason);
      this.reporting.set(false);
      this.announcement.set('ideas.idea.reported');
    } catch (error) {
      this.actionError.set(toAppError(error));
    }
  }

  private async load(id: string, announce: string | null): Promise<void> {
    try {
      const [idea, conversion] = await Promise.all([this.api.detail(id), this.api.conversion(id)]);
      const answered = this.idea()?.answer?.at !== idea.answer?.at && this.idea() !== null;
      this.idea.set(idea);
      this.conversion.set(conversion);
      this.announcement.set(announce ?? (answered ? 'ideas.idea.answerArrived' : null));
      this.title.setPageTitle('ideas.idea.pageTitle', { title: idea.title });
      if (!this.source) this.listen(idea.processId, id);
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }

  /** The town hall's answer appears without reloading, and is announced to screen readers. */
  private listen(boxId: string, ideaId: string): void {
    if (!this.browser || typeof EventSource === 'undefined') return;
    const source = new EventSource(this.api.liveUrl(boxId), { withCredentials: true });
    this.source = source;
    source.addEventListener('update', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { proposalId?: string };
      if (data.proposalId === ideaId) void this.load(ideaId, null);
    });
  }
}
