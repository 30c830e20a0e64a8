import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One counted line: what is counted, and how many. */
export interface CountRow {
  id: string;
  label: string;
  count: number;
}

/** A two-column table of counts with a caption and row headers (e.g. ballots per quartier). */
@Component({
  selector: 'agora-count-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="table">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ labelHeader() }}</th>
          <th scope="col">{{ countHeader() }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr>
            <th scope="row">{{ row.label }}</th>
            <td>{{ row.count }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class CountTableComponent {
  readonly caption = input.required<string>();
  readonly labelHeader = input.required<string>();
  readonly countHeader = input.required<string>();
  readonly rows = input.required<readonly CountRow[]>();
}
