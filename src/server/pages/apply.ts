// /{code}/apply: the online request form of one agency (《条例》第二十九条: who asks, how to reach them, what is
// sought, in which form, with the proof of identity and other material attached), and the acknowledgement page
// with the tracking number and the query code. The request goes to the agency whose site this is: there is no
// choice of agency, so no request lands with an office that does not handle it.
import { APPLICANT_KINDS, APPLICANT_LABELS } from '../../core/taxonomy/applicants.ts';
import { ATTACHMENT_TYPES } from '../../core/publications/attachments.ts';
import { REQUEST_ATTACHMENT_TYPES } from '../../contracts/request-attachments.ts';
import type { Acknowledgement } from '../../services/requests/intake.ts';
import type { UploadLimits } from '../../services/requests/attachments.ts';
import { APPLY_FIELDS, APPLY_LABELS, FORMS_WANTED, type ApplyValues } from './apply-form.ts';
import { dueDateText } from './due-date.ts';
import { errorSummary, fileField, selectField, textArea, textField, type FieldErrors } from './form.ts';
import { html } from './html.ts';
import { page, sitePath, type PageFrame, type SiteAgency } from './layout.ts';

const ACCEPT = REQUEST_ATTACHMENT_TYPES.flatMap((t) => [
  ...ATTACHMENT_TYPES[t].extensions.map((e) => `.${e}`),
  ATTACHMENT_TYPES[t].mime,
]).join(',');
const TYPE_NAMES = REQUEST_ATTACHMENT_TYPES.map((t) => ATTACHMENT_TYPES[t].label).join('、');

/** The form's own id: problems with the submission as a whole link to it. */
export const APPLY_FORM_ID = 'apply-form';

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * `submissionKey`: the form's idempotency key (services/idempotency.ts), made once when the form is first shown and
 * kept across re-displays, so pressing 提交申请 twice files one request.
 */
export function applyPage(
  agency: SiteAgency,
  form: { values: ApplyValues; errors: FieldErrors; submissionKey: string; limits: UploadLimits },
  frame: PageFrame,
): string {
  const { values, errors, limits } = form;
  const rule = (name: keyof typeof APPLY_FIELDS) => ({ name, label: APPLY_FIELDS[name].label });
  return page(
    '依申请公开',
    html`<h1>政府信息公开申请</h1>
      <p>
        本页面向<strong>${agency.name}</strong>提出申请。请如实填写，标有“（必填）”的项目不能为空。提交后页面会显示查询号和查询码，请记下，凭二者可在<a
          href="${sitePath(agency, 'track')}"
          >办理进度查询</a
        >页面查看进度和答复。
      </p>
      ${errorSummary(errors, { ...APPLY_LABELS, [APPLY_FORM_ID]: '提交' })}
      <form
        id="${APPLY_FORM_ID}"
        method="post"
        action="${sitePath(agency, 'apply')}"
        enctype="multipart/form-data"
        novalidate
      >
        <input type="hidden" name="submissionKey" value="${form.submissionKey}" />
        <fieldset>
          <legend>申请人信息</legend>
          ${selectField(
            {
              ...rule('applicantKind'),
              required: true,
              options: APPLICANT_KINDS.map((kind) => ({
                value: kind,
                label: kind === 'otherOrganization' ? '其他组织' : APPLICANT_LABELS[kind],
              })),
            },
            values.applicantKind,
            errors,
          )}
          ${textField({ ...rule('name'), required: true, maxLength: 100, autocomplete: 'name' }, values.name, errors)}
          ${textField(
            {
              ...rule('idDocument'),
              hint: '自然人填写身份证件名称和号码；法人或其他组织填写统一社会信用代码。',
              maxLength: 100,
            },
            values.idDocument,
            errors,
          )}
          ${textField(
            {
              ...rule('contact'),
              required: true,
              hint: '电话、通信地址或电子邮箱，用于送达答复。',
              maxLength: 200,
            },
            values.contact,
            errors,
          )}
          ${textField(
            {
              ...rule('email'),
              label: '接收通知的电子邮箱（选填）',
              type: 'email',
              hint: '只用于在需要您补正材料或答复已经作出时通知您，不作他用。',
              maxLength: 200,
              autocomplete: 'email',
            },
            values.email,
            errors,
          )}
        </fieldset>
        ${textArea(
          {
            ...rule('informationSought'),
            required: true,
            hint: '请写明信息的名称、文号或便于查询的其他特征性描述。',
            maxLength: 5000,
          },
          values.informationSought,
          errors,
        )}
        ${selectField(
          {
            ...rule('formWanted'),
            required: true,
            options: FORMS_WANTED.map((f) => ({ value: f, label: f })),
          },
          values.formWanted,
          errors,
        )}
        ${fileField(
          {
            name: 'files',
            label: APPLY_LABELS.files!,
            hint: `身份证明（如身份证件的扫描件或照片、营业执照）和其他需要提交的材料。支持的格式：${TYPE_NAMES}；每个文件不超过 ${megabytes(limits.maxFileBytes)}，最多 ${limits.maxFiles} 个。表单退回修改时，需要重新选择文件。`,
            accept: ACCEPT,
            multiple: true,
          },
          errors,
        )}
        <button type="submit">提交申请</button>
      </form>`,
    frame,
  );
}

export function acknowledgementPage(
  agency: SiteAgency,
  ack: Acknowledgement,
  attachments: readonly string[],
  frame: PageFrame,
): string {
  return page(
    '申请已提交',
    html`<h1>申请已提交</h1>
      <div class="result" role="status">
        <p>请记下查询号和查询码，凭二者可在“办理进度查询”页面查看办理状态和答复。查询码只显示这一次。</p>
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
          <dt>申请材料</dt>
          <dd id="attachments">
            ${
              attachments.length
                ? html`<ul class="plain">
                    ${attachments.map((name) => html`<li>${name}</li>`)}
                  </ul>`
                : '未上传'
            }
          </dd>
        </dl>
      </div>
      <h2>登记回执</h2>
      <pre class="receipt">${ack.text}</pre>
      <p><a href="${sitePath(agency, 'track')}">查询办理进度</a></p>`,
    frame,
  );
}
