// /apply: the online request form (《条例》第二十九条: who asks, how to reach them, what is sought, in which form)
// and the acknowledgement page with the tracking number and the query code.
import { APPLICANT_KINDS, APPLICANT_LABELS } from '../../core/taxonomy/applicants.ts';
import type { Acknowledgement } from '../../services/requests/intake.ts';
import { errorSummary, selectField, textArea, textField, type FieldErrors } from './form.ts';
import { dueDateText } from './due-date.ts';
import { html } from './html.ts';
import { page } from './layout.ts';

/** Flat form field names (the JSON body nests the applicant). */
export const APPLY_LABELS: Record<string, string> = {
  agencyId: '申请机关',
  applicantKind: '申请人类型',
  name: '申请人姓名或名称',
  idDocument: '身份证明',
  contact: '联系方式',
  informationSought: '申请公开的政府信息',
  formWanted: '获取信息的方式',
};

const FORMS_WANTED = ['纸质文本', '电子邮件', '光盘等存储介质', '当场阅读、抄录'] as const;

export type ApplyValues = Record<keyof typeof APPLY_LABELS, string>;

export const EMPTY_APPLY: ApplyValues = Object.fromEntries(
  Object.keys(APPLY_LABELS).map((k) => [k, '']),
) as ApplyValues;

/**
 * `submissionKey`: the form's idempotency key (services/idempotency.ts), made once when the form is first shown and
 * kept across re-displays, so pressing 提交申请 twice files one request.
 */
export function applyPage(
  agencies: readonly { id: string; name: string }[],
  values: ApplyValues,
  errors: FieldErrors,
  submissionKey: string,
): string {
  return page(
    '在线申请',
    html`<h1>政府信息公开申请</h1>
      <p>
        请如实填写。标有“（必填）”的项目不能为空。提交后页面会显示查询号和查询码，请记下，用于查询办理进度。
      </p>
      ${errorSummary(errors, APPLY_LABELS)}
      <form method="post" action="/apply" novalidate>
        <input type="hidden" name="submissionKey" value="${submissionKey}" />
        ${selectField({ name: 'agencyId', label: APPLY_LABELS.agencyId!, required: true, options: agencies.map((a) => ({ value: a.id, label: a.name })) }, values.agencyId!, errors)}
        <fieldset>
          <legend>申请人信息</legend>
          ${selectField(
            {
              name: 'applicantKind',
              label: APPLY_LABELS.applicantKind!,
              required: true,
              options: APPLICANT_KINDS.map((kind) => ({
                value: kind,
                label: kind === 'otherOrganization' ? '其他组织' : APPLICANT_LABELS[kind],
              })),
            },
            values.applicantKind!,
            errors,
          )}
          ${textField({ name: 'name', label: APPLY_LABELS.name!, required: true, maxLength: 100, autocomplete: 'name' }, values.name!, errors)}
          ${textField(
            {
              name: 'idDocument',
              label: APPLY_LABELS.idDocument!,
              hint: '自然人填写身份证件名称和号码；法人或其他组织填写统一社会信用代码。',
              maxLength: 100,
            },
            values.idDocument!,
            errors,
          )}
          ${textField(
            {
              name: 'contact',
              label: APPLY_LABELS.contact!,
              required: true,
              hint: '电话、通信地址或电子邮箱，用于送达答复。',
              maxLength: 200,
            },
            values.contact!,
            errors,
          )}
        </fieldset>
        ${textArea(
          {
            name: 'informationSought',
            label: APPLY_LABELS.informationSought!,
            required: true,
            hint: '请写明信息的名称、文号或便于查询的其他特征性描述。',
            maxLength: 5000,
          },
          values.informationSought!,
          errors,
        )}
        ${selectField(
          {
            name: 'formWanted',
            label: APPLY_LABELS.formWanted!,
            required: true,
            options: FORMS_WANTED.map((f) => ({ value: f, label: f })),
          },
          values.formWanted!,
          errors,
        )}
        <button type="submit">提交申请</button>
      </form>`,
  );
}

export function acknowledgementPage(ack: Acknowledgement): string {
  return page(
    '申请已提交',
    html`<h1>申请已提交</h1>
      <div class="result" role="status">
        <p>请记下查询号和查询码，凭二者可在“办理进度查询”页面查看办理状态。查询码只显示这一次。</p>
        <dl class="facts">
          <dt>查询号</dt>
          <dd id="tracking-number">${ack.request.trackingNumber}</dd>
          <dt>查询码</dt>
          <dd id="query-code">${ack.queryCode}</dd>
          <dt>登记号</dt>
          <dd>${ack.request.registrationNumber}</dd>
          <dt>收到申请之日</dt>
          <dd>${ack.request.receivedOn}</dd>
          <dt>答复期限</dt>
          <dd id="due-on">${dueDateText(ack.request.dueOn ?? '待确认', ack)}</dd>
        </dl>
      </div>
      <h2>登记回执</h2>
      <pre class="receipt">${ack.text}</pre>
      <p><a href="/track">查询办理进度</a></p>`,
  );
}

/** The flat form as the JSON body of an online submission. */
export function submissionOf(values: ApplyValues) {
  return {
    agencyId: values.agencyId,
    applicant: {
      kind: values.applicantKind,
      name: values.name,
      idDocument: values.idDocument?.trim() ? values.idDocument : null,
      contact: values.contact,
    },
    informationSought: values.informationSought,
    formWanted: values.formWanted,
  };
}

/** Where a schema issue path points in the flat form. */
export function applyFieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'applicant') return second === 'kind' ? 'applicantKind' : (second ?? 'name');
  return first ?? 'agencyId';
}
