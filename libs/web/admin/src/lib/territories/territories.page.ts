import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { Territory } from '@agora/contracts';
import { TONE_LABELS, TerritoryNode, TranslatePipe } from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
  TreeComponent,
  TreeItem,
} from '@agora/web-ui';

import { KIND_LABELS, injectAdminScope } from '../admin-scope';

function toTreeItems(nodes: readonly TerritoryNode[]): TreeItem<Territory>[] {
  return nodes.map((node) => ({
    id: node.territory.id,
    value: node.territory,
    children: toTreeItems(node.children),
  }));
}

@Component({
  selector: 'agora-territories-page',
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
  template: `
    <agora-page-header [heading]="'admin.territories.title' | t" [lead]="'admin.territories.lead' | t" />
    @if (scope.territories.loading()) {
      <agora-loading [text]="'common.loading' | t" />
    } @else if (scope.territories.error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
      <button agoraButton variant="secondary" type="button" (click)="scope.territories.reload()">
        {{ 'common.retry' | t }}
      </button>
    } @else if (items().length === 0) {
      <agora-empty-state [heading]="'admin.territories.empty' | t" />
    } @else {
      <agora-tree
        class="tree--admin"
        [items]="items()"
        [itemTemplate]="item"
        [label]="'admin.territories.title' | t"
      />
    }

    <ng-template #item let-territory>
      <div class="tree__row">
        <span class="tree__label">
          <span class="tree__name">{{ territory.name }}</span>
          <span class="tag">{{ kindLabel(territory) | t }}</span>
          @if (territory.inseeCode) {
            <span class="tree__meta">INSEE {{ territory.inseeCode }}</span>
          }
          <span class="tree__meta">
            {{
              (territory.hasBoundary ? 'admin.territories.hasBoundary' : 'admin.territories.noBoundary') | t
            }}
          </span>
        </span>
        <span class="tree__actions">
          <a [routerLink]="['/admin/territoires', territory.id]">
            {{ 'admin.territories.edit' | t }}<span class="visually-hidden"> – {{ territory.name }}</span>
          </a>
          <a routerLink="/admin/territoires/nouveau" [queryParams]="{ parent: territory.id }">
            {{ 'admin.territories.addChild' | t }}<span class="visually-hidden"> – {{ territory.name }}</span>
          </a>
          <a routerLink="/admin/roles" [queryParams]="{ territoire: territory.id }">
            {{ 'admin.nav.roles' | t }}<span class="visually-hidden"> – {{ territory.name }}</span>
          </a>
        </span>
      </div>
    </ng-template>
  `,
})
export class TerritoriesPage {
  protected readonly scope = injectAdminScope();
  protected readonly toneLabels = TONE_LABELS;
  protected readonly items = computed(() => toTreeItems(this.scope.subtrees()));

  /** Typed access for the tree's item template, whose context is untyped. */
  protected kindLabel(territory: Territory): string {
    return KIND_LABELS[territory.kind];
  }
}
