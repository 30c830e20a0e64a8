import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ConsultationSummary, ProcessPhase, ProcessSummary, Territory, TerritoryKind } from '@agora/contracts';
import { SessionStore, TONE_LABELS, TerritoryNode, TerritoryStore, TranslatePipe } from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
  TreeComponent,
  TreeItem,
} from '@agora/web-ui';

import { ProcessesApi } from './processes.api';

const KIND_LABELS: Record<TerritoryKind, string> = {
  metropole: 'common.kind.metropole',
  epci: 'common.kind.epci',
  commune: 'common.kind.commune',
  quartier: 'common.kind.quartier',
};

const PROCESS_KIND_LABELS: Record<ProcessSummary['kind'], string> = {
  budget: 'home.open.kind.budget',
  ideas: 'home.open.kind.ideas',
  prioritisation: 'home.open.kind.prioritisation',
};

const PHASE_LABELS: Record<ProcessPhase, string> = {
  draft: 'home.open.phase.draft',
  proposals: 'home.open.phase.proposals',
  assessment: 'home.open.phase.assessment',
  vote: 'home.open.phase.vote',
  results: 'home.open.phase.results',
  follow_up: 'home.open.phase.follow_up',
  closed: 'home.open.phase.closed',
};

function toTreeItems(nodes: readonly TerritoryNode[]): TreeItem<Territory>[] {
  return nodes.map((node) => ({
    id: node.territory.id,
    value: node.territory,
    children: toTreeItems(node.children),
  }));
}

@Component({
  selector: 'agora-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    ButtonComponent,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
    TreeComponent,
  ],
  templateUrl: './home.page.html',
  styles: `
    .open-list__item {
      padding-block: var(--space-3);
      border-bottom: 1px solid var(--color-border-light);
    }
    .open-list__title {
      margin: 0 0 var(--space-1);
      font-size: 1.25rem;
    }
    .home-pending {
      visibility: hidden;
    }
    .open-list__meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      align-items: baseline;
      margin: 0;
    }
  `,
})
export class HomePage {
  private readonly processesApi = inject(ProcessesApi);
  protected readonly session = inject(SessionStore);
  protected readonly territories = inject(TerritoryStore);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly kindLabels = PROCESS_KIND_LABELS;
  /** Open processes: everything past its draft and not closed. Null while loading or if the API fails. */
  protected readonly processes = signal<ProcessSummary[] | null>(null);
  /** Consultations accepting answers now; empty when there are none or the API fails. */
  protected readonly consultations = signal<ConsultationSummary[] | null>(null);
  protected readonly treeItems = computed(() => toTreeItems(this.territories.tree()));
  protected readonly counts = computed(() => {
    const list = this.territories.territories();
    return {
      communes: list.filter((territory) => territory.kind === 'commune').length,
      quartiers: list.filter((territory) => territory.kind === 'quartier').length,
    };
  });

  constructor() {
    void this.territories.load();
    void this.loadProcesses();
    void this.loadConsultations();
  }

  private async loadConsultations(): Promise<void> {
    try {
      const all = await this.processesApi.consultations();
      this.consultations.set(all.filter((consultation) => consultation.acceptingAnswers));
    } catch {
      this.consultations.set([]);
    }
  }

  private async loadProcesses(): Promise<void> {
    try {
      const all = await this.processesApi.list();
      this.processes.set(all.filter((process) => process.phase !== 'closed' && process.phase !== 'draft'));
    } catch {
      // The list is a convenience on the home page: without it, the empty state stays.
      this.processes.set([]);
    }
  }

  /** Typed access for the tree's item template, whose context is untyped. */
  protected kindLabel(territory: Territory): string {
    return KIND_LABELS[territory.kind];
  }
}
