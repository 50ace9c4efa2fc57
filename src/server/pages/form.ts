// Accessible form fields for the public pages: every control has a visible label, hints and errors are tied to it
// with aria-describedby, an invalid control says so (aria-invalid), and the error summary links to each field.
import { html, type Html } from './html.ts';

export type FieldErrors = Record<string, string>;

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

function describedBy(field: FieldBase, errors: FieldErrors): string | undefined {
  const ids = [
    field.hint ? `${field.name}-hint` : '',
    errors[field.name] ? `${field.name}-error` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function frame(field: FieldBase, errors: FieldErrors, control: Html): Html {
  return html`<div class="field">
    <label for="${field.name}"
      >${field.label}${field.required ? html`<span aria-hidden="true">（必填）</span>` : ''}</label
    >
    ${field.hint ? html`<p class="hint" id="${field.name}-hint">${field.hint}</p>` : ''}
    ${errors[field.name] ? html`<p class="field-error" id="${field.name}-error">${errors[field.name]}</p>` : ''}
    ${control}
  </div>`;
}

function commonAttributes(field: FieldBase, errors: FieldErrors): Html {
  const described = describedBy(field, errors);
  return html`id="${field.name}"
  name="${field.name}"${field.required ? html` required aria-required="true"` : ''}${
    errors[field.name] ? html` aria-invalid="true"` : ''
  }${described ? html` aria-describedby="${described}"` : ''}`;
}

export function textField(
  field: FieldBase & { type?: 'text' | 'tel' | 'email'; maxLength: number; autocomplete?: string },
  value: string,
  errors: FieldErrors,
): Html {
  return frame(
    field,
    errors,
    html`<input
      type="${field.type ?? 'text'}"
      ${commonAttributes(field, errors)}
      maxlength="${field.maxLength}"
      value="${value}"
      ${field.autocomplete ? html` autocomplete="${field.autocomplete}"` : ''}
    />`,
  );
}

export function textArea(field: FieldBase & { maxLength: number }, value: string, errors: FieldErrors): Html {
  return frame(
    field,
    errors,
    html`<textarea ${commonAttributes(field, errors)} maxlength="${field.maxLength}">${value}</textarea>`,
  );
}

export function selectField(
  field: FieldBase & { options: readonly { value: string; label: string }[] },
  value: string,
  errors: FieldErrors,
): Html {
  const options = field.options.map(
    (o) => html`<option value="${o.value}" ${o.value === value ? html` selected` : ''}>${o.label}</option>`,
  );
  return frame(
    field,
    errors,
    html`<select ${commonAttributes(field, errors)}>
      <option value="">请选择</option>
      ${options}
    </select>`,
  );
}

/** The list of problems at the top of a form, each linking to its field. */
export function errorSummary(errors: FieldErrors, labels: Record<string, string>): Html | '' {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  return html`<div class="errors" role="alert" tabindex="-1" id="error-summary">
    <h2>提交未成功，请修改以下内容：</h2>
    <ul>
      ${entries.map(([name, message]) => html`<li><a href="#${name}">${labels[name] ?? name}：${message}</a></li>`)}
    </ul>
  </div>`;
}

/** A file picker; `accept` only guides the browser's dialog — the server judges the bytes. */
export function fileField(
  field: FieldBase & { accept: string; multiple?: boolean },
  errors: FieldErrors,
): Html {
  return frame(
    field,
    errors,
    html`<input
      type="file"
      ${commonAttributes(field, errors)}
      accept="${field.accept}"
      ${field.multiple ? html` multiple` : ''}
    />`,
  );
}
