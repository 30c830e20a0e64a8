import { Signal, computed, inject } from '@angular/core';

import { TranslationService } from '@agora/web-core';
import type { MapTexts } from '@agora/web-ui';

const KEYS = {
  projects: {
    label: 'budgets.map.projects.label',
    listHeading: 'budgets.map.projects.listHeading',
    emptyList: 'budgets.map.projects.empty',
  },
  proposals: {
    label: 'budgets.map.proposals.label',
    listHeading: 'budgets.map.proposals.listHeading',
    emptyList: 'budgets.map.proposals.empty',
  },
  pick: {
    label: 'budgets.map.pick.label',
    listHeading: 'budgets.map.pick.listHeading',
    emptyList: 'budgets.map.pick.empty',
  },
};

/** What each budget map says, translated and following the language switch. */
export function injectMapTexts(kind: keyof typeof KEYS): Signal<MapTexts> {
  const i18n = inject(TranslationService);
  return computed(() => {
    const t = (key: string) => i18n.translate(key);
    return {
      label: t(KEYS[kind].label),
      listHeading: t(KEYS[kind].listHeading),
      emptyList: t(KEYS[kind].emptyList),
      pickHint: t('budgets.map.pick.hint'),
      pickedIn: t('budgets.map.pick.pickedIn'),
      pickedOutside: t('budgets.map.pick.pickedOutside'),
      pickedLabel: t('budgets.map.pick.point'),
    };
  });
}
