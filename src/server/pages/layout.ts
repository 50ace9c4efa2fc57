// The frame of every public page: one stylesheet, a skip link, landmarks, Chinese. No script: the pages work with
// JavaScript off and with a screen reader.
import { html, type Html } from './html.ts';

export const STYLESHEET_PATH = '/assets/site.css';

export function page(title: string, body: Html): string {
  return `<!doctype html>\n${html`<html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} — 政府信息公开</title>
      <link rel="stylesheet" href="${STYLESHEET_PATH}" />
    </head>
    <body>
      <a class="skip" href="#main">跳到正文</a>
      <header class="site">
        <div class="wrap">
          <a class="brand" href="/">政府信息公开 · 依申请公开</a>
          <nav aria-label="主导航">
            <ul>
              <li><a href="/apply">在线申请</a></li>
              <li><a href="/track">办理进度查询</a></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="wrap">${body}</main>
      <footer class="site">
        <div class="wrap"><p>依据《中华人民共和国政府信息公开条例》提供服务。</p></div>
      </footer>
    </body>
  </html>`}\n`;
}

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff;line-height:1.7}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header.site{background:#8a1010;color:#fff}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.75rem 1rem}
header.site a{color:#fff}
.brand{font-weight:bold;font-size:1.15rem;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1.25rem}
main{padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
a{color:#0b4f9c}
label,legend{display:block;font-weight:bold;margin:.9rem 0 .3rem}
.hint{color:#444;font-size:.92rem;margin:0 0 .3rem}
input[type=text],input[type=tel],input[type=email],select,textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #555;border-radius:3px}
textarea{min-height:8rem}
fieldset{border:1px solid #bbb;padding:.5rem 1rem 1rem;margin:1rem 0}
.choices label{display:inline;font-weight:normal;margin-right:1rem}
button{margin-top:1.25rem;font:inherit;font-weight:bold;color:#fff;background:#0b4f9c;border:0;border-radius:3px;padding:.6rem 1.6rem;cursor:pointer}
button:focus,a:focus,input:focus,select:focus,textarea:focus{outline:3px solid #e8a400;outline-offset:2px}
.errors{border:2px solid #a50e0e;padding:.5rem 1rem;margin:1rem 0;background:#fff5f5}
.errors h2{font-size:1.1rem;color:#a50e0e;margin:.3rem 0}
.field-error{color:#a50e0e;font-weight:bold;margin:.2rem 0}
.result{border:2px solid #1d6b2b;padding:.75rem 1rem;background:#f3fbf4}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
footer.site{border-top:1px solid #ddd;color:#444;font-size:.9rem}
`;
