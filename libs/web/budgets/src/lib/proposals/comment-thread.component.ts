import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';

import type { ProposalComment } from '@agora/contracts';
import { LocalizedDatePipe, TranslatePipe } from '@agora/web-core';
import { ButtonComponent } from '@agora/web-ui';

export interface CommentReply {
  parentId: string;
  body: string;
}

export interface CommentReport {
  commentId: string;
  reason: string;
}

/**
 * A list of comments with their replies, nested as lists so the structure is announced. Reply and
 * report open a small form under the comment; the page sends them and reloads the thread.
 */
@Component({
  selector: 'agora-comment-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalizedDatePipe, ButtonComponent],
  template: `
    <ul class="thread">
      @for (comment of comments(); track comment.id) {
        <li class="comment">
          <p class="comment__meta">
            <strong>{{ comment.authorName ?? ('budgets.comments.deletedAuthor' | t) }}</strong>
            <span class="muted">{{ comment.createdAt | localizedDate: 'dateTime' }}</span>
          </p>
          @if (comment.hidden) {
            <p class="muted">
              {{ comment.moderationNotice ? (comment.moderationNotice | t) : comment.body }}
            </p>
          } @else {
            <p class="preserve-lines">{{ comment.body }}</p>
          }
          @if (signedIn() && !comment.hidden) {
            <p class="button-row">
              @if (comment.depth < maxDepth()) {
                <button
                  agoraButton
                  variant="quiet"
                  type="button"
                  [attr.aria-expanded]="open() === 'reply:' + comment.id"
                  (click)="toggle('reply:' + comment.id)"
                >
                  {{ 'budgets.comments.reply' | t }}
                </button>
              }
              @if (!comment.mine) {
                <button
                  agoraButton
                  variant="quiet"
                  type="button"
                  [attr.aria-expanded]="open() === 'report:' + comment.id"
                  (click)="toggle('report:' + comment.id)"
                >
                  {{ 'budgets.comments.report' | t }}
                </button>
              }
            </p>
          }
          @if (open() === 'reply:' + comment.id) {
            <form class="form" (submit)="sendReply($event, comment.id)">
              <div class="field">
                <label class="field__label" [for]="'reponse-' + comment.id">{{
                  'budgets.comments.replyLabel' | t: { name: comment.authorName ?? '' }
                }}</label>
                <textarea
                  class="control"
                  [id]="'reponse-' + comment.id"
                  name="body"
                  rows="3"
                  maxlength="5000"
                  required
                ></textarea>
              </div>
              <div class="form__actions">
                <button agoraButton type="submit">{{ 'budgets.comments.send' | t }}</button>
              </div>
            </form>
          }
          @if (open() === 'report:' + comment.id) {
            <form class="form" (submit)="sendReport($event, comment.id)">
              <div class="field">
                <label class="field__label" [for]="'signalement-' + comment.id">{{
                  'budgets.comments.reportLabel' | t
                }}</label>
                <textarea
                  class="control"
                  [id]="'signalement-' + comment.id"
                  name="reason"
                  rows="2"
                  minlength="3"
                  maxlength="1000"
                  required
                ></textarea>
              </div>
              <div class="form__actions">
                <button agoraButton variant="secondary" type="submit">
                  {{ 'budgets.comments.sendReport' | t }}
                </button>
              </div>
            </form>
          }
          @if (comment.replies.length) {
            <agora-comment-thread
              [comments]="comment.replies"
              [signedIn]="signedIn()"
              [maxDepth]="maxDepth()"
              (reply)="reply.emit($event)"
              (report)="report.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .thread {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .thread .thread {
      margin-left: var(--space-3);
      padding-left: var(--space-3);
      border-left: 3px solid var(--color-border-light);
    }
    .comment {
      padding-block: var(--space-2);
    }
    .comment__meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin: 0;
    }
  `,
})
export class CommentThreadComponent {
  readonly comments = input.required<ProposalComment[]>();
  readonly signedIn = input(false);
  readonly maxDepth = input(2);
  readonly reply = output<CommentReply>();
  readonly report = output<CommentReport>();

  protected readonly open = signal<string | null>(null);

  protected toggle(key: string): void {
    this.open.update((current) => (current === key ? null : key));
  }

  protected sendReply(event: Event, parentId: string): void {
    event.preventDefault();
    const body = String(new FormData(event.target as HTMLFormElement).get('body') ?? '').trim();
    if (!body) return;
    this.reply.emit({ parentId, body });
    this.open.set(null);
  }

  protected sendReport(event: Event, commentId: string): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason.length < 3) return;
    this.report.emit({ commentId, reason });
    this.open.set(null);
  }
}
