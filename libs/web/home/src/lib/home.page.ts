import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { Territory, TerritoryKind } from '@agora/contracts';
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

const KIND_LABELS: Record<TerritoryKind, string> = {
  metropole: 'common.kind.metropole',
  epci: 'common.kind.epci',
  commune: 'common.kind.commune',
  quartier: 'common.kind.quartier',
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
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly territories = inject(TerritoryStore);
  protected readonly toneLabels = TONE_LABELS;
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
  }

  /** Typed access for the tree's item template, whose context is untyped. */
  protected kindLabel(territory: Territory): string {
    return KIND_LABELS[territory.kind];
  }
}
