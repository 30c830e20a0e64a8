import { DOCUMENT } from '@angular/common';
import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Renderer2,
  forwardRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

import { TranslatePipe, TranslationService } from '@agora/web-core';

interface Tool {
  label: string;
  command: string;
  value?: string;
}

/**
 * A small rich-text field for a process description: paragraphs, section headings, bold, italic,
 * lists and links, nothing else (the API keeps only those, with an allow-list). Every tool is a
 * real button; the text area is a labelled multi-line text box, so it is usable with a keyboard
 * and a screen reader. Formatting commands run in the browser only, on a click.
 */
@Component({
  selector: 'agora-rich-text-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RichTextEditorComponent), multi: true }],
  template: `
    <div class="rich-text__tools" role="group" [attr.aria-label]="'budgets.builder.richText.tools' | t">
      @for (tool of tools; track tool.label) {
        <button
          type="button"
          class="button button--secondary rich-text__tool"
          [attr.aria-controls]="editorId()"
          (mousedown)="$event.preventDefault()"
          (click)="apply(tool)"
        >
          {{ tool.label | t }}
        </button>
      }
    </div>
    <div
      #area
      class="control prose rich-text__area"
      contenteditable="true"
      role="textbox"
      aria-multiline="true"
      [id]="editorId()"
      [attr.aria-labelledby]="labelledBy()"
      [attr.aria-describedby]="describedBy()"
      [attr.aria-invalid]="invalid()"
      (focus)="useParagraphs()"
      (input)="changed()"
      (blur)="onTouched()"
    ></div>
  `,
  styles: `
    .rich-text__tools {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin-block-end: var(--space-2);
    }
    .rich-text__tool {
      min-height: 2.75rem;
      padding-inline: var(--space-3);
    }
    .rich-text__area {
      min-height: 12rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class RichTextEditorComponent implements ControlValueAccessor, AfterViewInit {
  readonly editorId = input.required<string>();
  /** The id of the visible label (a div cannot be the target of a <label for>). */
  readonly labelledBy = input.required<string>();
  readonly describedBy = input<string | null>(null);
  readonly invalid = input<'true' | null>(null);

  private readonly area = viewChild.required<ElementRef<HTMLElement>>('area');
  /** The value written before the view exists (forms write it as soon as the control is bound). */
  private html = '';
  private viewReady = false;
  private readonly renderer = inject(Renderer2);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(TranslationService);
  private onChange: (html: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  protected readonly tools: Tool[] = [
    { label: 'budgets.builder.richText.heading', command: 'formatBlock', value: 'h2' },
    { label: 'budgets.builder.richText.paragraph', command: 'formatBlock', value: 'p' },
    { label: 'budgets.builder.richText.bold', command: 'bold' },
    { label: 'budgets.builder.richText.italic', command: 'italic' },
    { label: 'budgets.builder.richText.bullets', command: 'insertUnorderedList' },
    { label: 'budgets.builder.richText.numbers', command: 'insertOrderedList' },
    { label: 'budgets.builder.richText.link', command: 'createLink' },
    { label: 'budgets.builder.richText.clear', command: 'removeFormat' },
  ];

  ngAfterViewInit(): void {
    this.viewReady = true;
    this.show();
  }

  writeValue(html: string | null): void {
    this.html = html ?? '';
    if (this.viewReady) this.show();
  }

  private show(): void {
    // The value comes from the API, which stores the description sanitised with an allow-list.
    this.renderer.setProperty(this.area().nativeElement, 'innerHTML', this.html);
  }

  registerOnChange(fn: (html: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  protected useParagraphs(): void {
    // Enter starts a new paragraph (<p>) rather than a <div> the API would flatten.
    this.document.execCommand?.('defaultParagraphSeparator', false, 'p');
  }

  protected apply(tool: Tool): void {
    const area = this.area().nativeElement;
    area.focus();
    let value = tool.value;
    if (tool.command === 'createLink') {
      const address = this.document.defaultView?.prompt(this.i18n.translate('budgets.builder.richText.linkPrompt'), 'https://');
      if (!address || !/^(https?:\/\/|mailto:|tel:)/i.test(address.trim())) return;
      value = address.trim();
    }
    this.document.execCommand(tool.command, false, value);
    this.changed();
  }

  protected changed(): void {
    const html = this.area().nativeElement.innerHTML;
    // An emptied box keeps a lone <br>: that is no description.
    this.onChange(this.area().nativeElement.textContent?.trim() ? html : '');
  }
}
