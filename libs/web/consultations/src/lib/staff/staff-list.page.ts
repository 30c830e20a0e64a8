import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ConsultationSummary } from '@agora/contracts';
import { AppError, LocalizedDatePipe, TONE_LABELS, TranslatePipe, toAppError } from '@agora/web-core';
import {
  ButtonComponent,
  EmptyStateComponent,
  LoadingComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@agora/web-ui';

import { STATUS_LABELS } from '../consultation.labels';
import { StaffConsultationsApi } from './staff-consultations.api';

/** `/gestion/consultations`: the consultations of the territories this person manages. */
@Component({
  selector: 'agora-staff-consultation-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    LocalizedDatePipe,
    ButtonComponent,
    EmptyStateComponent,
    LoadingComponent,
    NoticeComponent,
    PageHeaderComponent,
  ],
  template: `
    <agora-page-header [heading]="'consultations.staff.list.title' | t">
      <p>
        <a agoraButton routerLink="/gestion/consultations/nouvelle">{{
          'consultations.staff.list.new' | t
        }}</a>
      </p>
    </agora-page-header>
    @if (error(); as error) {
      <agora-notice tone="error" [toneLabel]="toneLabels.error | t"
        ><p>{{ error.message | t }}</p></agora-notice
      >
    } @else if (items(); as items) {
      @if (items.length) {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="staff-list-caption">
          <table class="table">
            <caption id="staff-list-caption" class="visually-hidden">
              {{
                'consultations.staff.list.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'consultations.staff.list.colTitle' | t }}</th>
                <th scope="col">{{ 'consultations.staff.list.colTerritory' | t }}</th>
                <th scope="col">{{ 'consultations.staff.list.colStatus' | t }}</th>
                <th scope="col">{{ 'consultations.staff.list.colCloses' | t }}</th>
                <th scope="col">{{ 'consultations.staff.list.colRespondents' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of items; track item.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/gestion/consultations', item.slug]">{{ item.title }}</a>
                  </th>
                  <td>{{ item.territoryName }}</td>
                  <td>{{ statusLabels[item.status] | t }}</td>
                  <td>{{ item.closesAt | localizedDate: 'date' }}</td>
                  <td>{{ item.respondents }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <agora-empty-state [heading]="'consultations.staff.list.empty' | t" />
      }
    } @else {
      <agora-loading [text]="'common.loading' | t" />
    }
  `,
})
export class StaffListPage {
  private readonly api = inject(StaffConsultationsApi);
  protected readonly toneLabels = TONE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly items = signal<ConsultationSummary[] | null>(null);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await this.api.list());
    } catch (error) {
      this.error.set(toAppError(error));
    }
  }
}
