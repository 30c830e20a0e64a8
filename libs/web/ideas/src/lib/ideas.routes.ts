import { Routes } from '@angular/router';

import { provideTranslations, readingPage, signedInGuard } from '@agora/web-core';

import { IdeaBoxPage } from './boxes/idea-box.page';
import { IdeaBoxesPage } from './boxes/idea-boxes.page';
import { ideasFr } from './i18n/fr.dictionary';
import { IdeaFormPage } from './idea/idea-form.page';
import { IdeaPage } from './idea/idea.page';
import { ShopDemandPage } from './shops/shop-demand.page';

/** Under `/idees`: the idea boxes, a box and its ideas, the idea form, an idea, the shop-demand map. */
export const ideasRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslations(ideasFr, () => import('./i18n/en.dictionary').then((m) => m.ideasEn))],
    children: [
      { path: '', component: IdeaBoxesPage, title: 'ideas.boxes.title', data: readingPage },
      { path: 'idee/:id', component: IdeaPage, title: 'ideas.idea.title' },
      { path: ':slug', component: IdeaBoxPage, title: 'ideas.box.title' },
      {
        path: ':slug/nouvelle',
        canActivate: [signedInGuard],
        component: IdeaFormPage,
        title: 'ideas.form.title',
      },
      { path: ':slug/commerces', component: ShopDemandPage, title: 'ideas.shops.title' },
    ],
  },
];
