import { DOCUMENT } from '@angular/common';
import { Injector, afterNextRender, inject } from '@angular/core';

/**
 * Returns a function that focuses an element by id once the view has rendered, e.g. the
 * confirmation that replaces a form, so screen reader users hear what happened. Call it in a
 * field initializer (it needs the injection context).
 */
export function injectFocusOnRender(): (id: string) => void {
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  return (id: string) =>
    afterNextRender(
      {
        read: () => {
          const element = document.getElementById(id);
          if (!element) return;
          if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
          element.focus();
        },
      },
      { injector },
    );
}
