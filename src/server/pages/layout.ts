// The frame of every public page: one stylesheet, a skip link, landmarks, Chinese, no script (the pages work with
// JavaScript off and with a screen reader). An agency's pages carry its 政府信息公开 column (国办公开办函〔2019〕61号:
// 指南, 制度, 法定主动公开内容, 年报, plus 依申请公开, and the participation columns 意见征集, 政民互动, 建议提案办理 of
// issue 14) as a second navigation bar; the large-font mode (display.ts)
// is a class on <html> switched by a plain link.
import { DEMO_NOTICE } from '../../contracts/site.ts';
import { displaySwitchHref, type DisplayMode } from './display.ts';
import { html, type Html } from './html.ts';
import { STYLESHEET_PATH } from './stylesheet.ts';

/** What a page needs to know of the agency whose site it belongs to. */
export interface SiteAgency {
  id: string;
  name: string;
  /** The agency's code: the first segment of its pages' paths. */
  code: string;
}

export const COLUMN_SECTIONS = {
  home: { label: '信息公开首页', path: '' },
  guide: { label: '政府信息公开指南', path: 'guide' },
  rules: { label: '政府信息公开制度', path: 'rules' },
  catalogue: { label: '法定主动公开内容', path: 'catalogue' },
  reports: { label: '政府信息公开年报', path: 'reports' },
  apply: { label: '依申请公开', path: 'apply' },
  track: { label: '办理进度查询', path: 'track' },
  consultations: { label: '意见征集', path: 'consultations' },
  questions: { label: '政民互动', path: 'questions' },
  proposals: { label: '建议提案办理', path: 'proposals' },
} as const;
export type ColumnSection = keyof typeof COLUMN_SECTIONS;

/** The path of a section of an agency's column, e.g. `/11371300MB2851234X/guide`. */
export function sitePath(agency: Pick<SiteAgency, 'code'>, section: ColumnSection, rest = ''): string {
  const sub = COLUMN_SECTIONS[section].path;
  return `/${encodeURIComponent(agency.code)}/${sub}${sub && rest ? '/' : ''}${rest}`;
}

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageFrame {
  agency?: SiteAgency;
  section?: ColumnSection;
  display: DisplayMode;
  /** This page's path and query, where the display switch returns to. */
  path: string;
  /** Between 首页 (and the agency) and this page. */
  crumbs?: readonly Crumb[];
  /** The server runs on demonstration data: the page says so at its top. */
  demo?: boolean;
}

const PLATFORM_FRAME: PageFrame = { display: 'standard', path: '/' };

/** First in the header, on every page of a demo server: nothing here is a real agency, request or person. */
const demoBanner = html`<section class="demo-banner" aria-label="${DEMO_NOTICE.title}">
  <div class="wrap"><strong>${DEMO_NOTICE.title}：</strong>${DEMO_NOTICE.text}</div>
</section>`;

export function page(title: string, body: Html, frame: PageFrame = PLATFORM_FRAME): string {
  const { agency, section, display } = frame;
  const heading = agency ? agency.name : '政府信息公开平台';
  return `<!doctype html>\n${html`<html lang="zh-CN" class="${display === 'large' ? 'large' : 'standard'}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} — ${heading}</title>
      <link rel="stylesheet" href="${STYLESHEET_PATH}" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      ${agency ? html`<link rel="alternate" type="application/atom+xml" title="${agency.name}最新发布" href="${sitePath(agency, 'catalogue', 'feed.atom')}" />` : ''}
    </head>
    <body>
      <a class="skip" href="#main">跳到正文</a>
      <header>
        ${frame.demo ? demoBanner : ''}
        <div class="toolbar">
          <div class="wrap">
            <a href="/">平台首页</a>
            <a href="${displaySwitchHref(display, frame.path)}" class="display-switch"
              >${display === 'large' ? '退出大字模式' : '大字模式（适老化）'}</a
            >
          </div>
        </div>
        <div class="masthead">
          <div class="wrap">
            <a class="brand" href="${agency ? sitePath(agency, 'home') : '/'}">
              <span class="brand-name">${heading}</span>
              ${agency ? html`<span class="brand-column">政府信息公开</span>` : ''}
            </a>
          </div>
        </div>
        ${agency ? columnNav(agency, section) : ''}
      </header>
      <main id="main" class="wrap">${breadcrumbs(frame, title)}${body}</main>
      <footer class="site">
        <div class="wrap">
          <p>依据《中华人民共和国政府信息公开条例》提供服务。</p>
          ${agency ? html`<p><a href="${sitePath(agency, 'guide')}">联系方式见政府信息公开指南</a></p>` : ''}
        </div>
      </footer>
    </body>
  </html>`}\n`;
}

function columnNav(agency: SiteAgency, current: ColumnSection | undefined): Html {
  const entries = (Object.keys(COLUMN_SECTIONS) as ColumnSection[]).filter((key) => key !== 'track');
  return html`<nav class="column" aria-label="政府信息公开栏目">
    <div class="wrap">
      <ul>
        ${entries.map(
          (key) =>
            html`<li>
              <a
                href="${sitePath(agency, key)}"
                ${key === current || (key === 'apply' && current === 'track') ? html`aria-current="page"` : ''}
                >${COLUMN_SECTIONS[key].label}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  </nav>`;
}

function breadcrumbs(frame: PageFrame, title: string): Html | '' {
  const { agency, section } = frame;
  if (!agency) return '';
  const trail: Crumb[] = [{ label: agency.name, href: sitePath(agency, 'home') }];
  if (section && section !== 'home') {
    const { label } = COLUMN_SECTIONS[section];
    if (label !== title || frame.crumbs?.length) trail.push({ label, href: sitePath(agency, section) });
  }
  trail.push(...(frame.crumbs ?? []));
  if (section === 'home') return '';
  return html`<nav class="crumbs" aria-label="当前位置">
    <ol>
      ${trail.map((c) => html`<li>${c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label}</li>`)}
      <li aria-current="page">${title}</li>
    </ol>
  </nav>`;
}
