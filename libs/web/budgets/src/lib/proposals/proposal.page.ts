import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ProposalDetail } from '@agora/contracts';
import {
  AppError,
  EurosPipe,
  LocalizedDatePipe,
  PageTitleStrategy,
  SessionStore,
  toAppError,
  TONE_LABELS,
  TranslatePipe,
} from '@agora/web-core';
import { ButtonComponent, LoadingComponent, NoticeComponent, PageHeaderComponent } from '@agora/web-ui';

import { CommentReply, CommentReport, CommentThreadComponent } from './comment-thread.component';
import { PROPOSAL_CATEGORIES } from './proposal-category.labels';
import { COMMENT_DEPTH_LIMIT } from './proposal.limits';
import { ProposalsApi } from './proposals.api';

/** `/propositions/:id`: the proposal, its supports, the staff's answer and the comments. */
@Component({
  selector: 'agora-proposal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    EurosPipe,
    ButtonComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    CommentThreadComponent,
  ],
  templateUrl: './proposal.page.html',
  styles: `
    .gallery {
      display: grid;
      gap: var(--space-3);
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .gallery img {
      width: 100%;
      height: auto;
      border-radius: var(--radius);
    }
    .support {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: center;
    }
  `,
})
export class ProposalPage {
  readonly id = input.required<string>();

  private readonly api = inject(ProposalsApi);
  private readonly title = inject(PageTitleStrategy);
  protected readonly session = inject(SessionStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly maxDepth = COMMENT_DEPTH_LIMIT;
  protected readonly proposal = signal<ProposalDetail | null>(null);
  protected readonly error = signal<AppError | null>(null);
  protected readonly actionError = signal<AppError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly reporting = signal(false);
  protected readonly confirmingWithdrawal = signal(false);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected categoryLabel(category: string): string {
    return PROPOSAL_CATEGORIES[category] ?? category;
  }

  protected async toggleSupport(): Promise<void> {
    const proposal = this.proposal();
    if (!proposal || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const state = await this.api.support(proposal.id, !proposal.supportedByMe);
      this.proposal.set({ ...proposal, ...state });
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
    if (await this.send(() => this.api.comment(this.id(), { body }), 'budgets.comments.sent')) form.reset();
  }

  protected reply(reply: CommentReply): void {
    void this.send(
      () => this.api.comment(this.id(), { body: reply.body, parentId: reply.parentId }),
      'budgets.comments.sent',
    );
  }

  protected reportComment(report: CommentReport): void {
    void this.send(
      () => this.api.reportComment(report.commentId, report.reason),
      'budgets.comments.reported',
    );
  }

  protected canWithdraw(proposal: ProposalDetail): boolean {
    return (
      proposal.mine && proposal.canEdit && (proposal.status === 'published' || proposal.status === 'draft')
    );
  }

  protected async withdraw(): Promise<void> {
    if (await this.send(() => this.api.withdraw(this.id()), 'budgets.proposal.withdrawn')) {
      this.confirmingWithdrawal.set(false);
    }
  }

  protected async reportProposal(event: Event): Promise<void> {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason.length < 3) return;
    if (await this.send(() => this.api.reportProposal(this.id(), reason), 'budgets.comments.reported')) {
      this.reporting.set(false);
    }
  }

  private async send(action: () => Promise<unknown>, done: string): Promise<boolean> {
    this.actionError.set(null);
    this.notice.set(null);
    try {
      await action();
      this.notice.set(done);
      await this.load(this.id());
      return true;
    } catch (error) {
      this.actionError.set(toAppError(error));
      return false;
    }
  }

  private async load(id: string): Promise<void> {
    try {
      const proposal = await this.api.detail(id);
      this.proposal.set(proposal);
      this.title.setPageTitle('budgets.proposal.pageTitle', { title: proposal.title });
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
