import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { LegalInfo } from '@agora/contracts';
import { LegalInfoStore, TerritoryStore, TranslatePipe } from '@agora/web-core';

/** RGAA asks every page to state the site's conformance in the link to the accessibility statement. */
const ACCESSIBILITY_LINK: Record<LegalInfo['accessibilityStatus'], string> = {
  totale: 'shell.footer.accessibility.full',
  partielle: 'shell.footer.accessibility.partial',
  'non conforme': 'shell.footer.accessibility.none',
};

@Component({
  selector: 'agora-site-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <footer class="site-footer">
      <div class="container">
        <nav [attr.aria-label]="'shell.footer.label' | t">
          <ul class="site-footer__links">
            <li>
              <a routerLink="/mentions-legales">{{ 'shell.footer.legalNotice' | t }}</a>
            </li>
            <li>
              <a routerLink="/donnees-personnelles">{{ 'shell.footer.personalData' | t }}</a>
            </li>
            <li>
              <a routerLink="/accessibilite">{{ accessibilityLink() | t }}</a>
            </li>
          </ul>
        </nav>
        <p class="site-footer__about">
          @if (territories.root(); as root) {
            {{ root.name }} ·
          }
          {{ 'shell.footer.about' | t }}
        </p>
      </div>
    </footer>
  `,
})
export class SiteFooterComponent {
  protected readonly territories = inject(TerritoryStore);
  private readonly legal = inject(LegalInfoStore);

  protected readonly accessibilityLink = computed(() => {
    const status = this.legal.root()?.accessibilityStatus;
    return status ? ACCESSIBILITY_LINK[status] : 'shell.footer.accessibility.unknown';
  });

  constructor() {
    void this.territories.load();
    effect(() => {
      const root = this.territories.root();
      if (root) void this.legal.loadRoot(root.id);
    });
  }
}
