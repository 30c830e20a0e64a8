import { Directive, input } from '@angular/core';

import { FieldView } from './field-view';

/** Gives a native input, select or textarea the id and ARIA links of its `agora-field`. */
@Directive({
  selector: 'input[agoraControl], select[agoraControl], textarea[agoraControl]',
  host: {
    class: 'control',
    '[id]': 'agoraControl().id',
    '[attr.aria-describedby]': 'agoraControl().describedBy',
    '[attr.aria-invalid]': 'agoraControl().invalid',
    '[class.control--invalid]': 'agoraControl().invalid',
  },
})
export class ControlDirective {
  readonly agoraControl = input.required<FieldView>();
}
