// The public site's one stylesheet, served at STYLESHEET_PATH. Colours are chosen for WCAG 2.1 AA contrast (4.5:1
// for text); `html.large` is the 适老化 mode: bigger type (everything is in rem), black on white, underlined links
// and thicker focus rings. Layout collapses to one column below 40rem (usable at 375 px).
export const STYLESHEET_PATH = '/assets/site.css';

export const STYLESHEET = `
*{box-sizing:border-box}
html{font-size:100%}
html.large{font-size:137.5%}
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f5f6f8;line-height:1.75}
.wrap{max-width:64rem;margin:0 auto;padding:0 1rem}
.narrow{max-width:46rem}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.toolbar{background:#fff;border-bottom:1px solid #d9d9d9;font-size:.875rem}
.toolbar .wrap{display:flex;justify-content:space-between;gap:1rem;padding:.3rem 1rem}
.demo-banner{background:#ffe58f;color:#3d2600;border-bottom:2px solid #ad6800;font-size:.95rem}
.demo-banner .wrap{padding:.4rem 1rem}
.masthead{background:#9b1c1c;color:#fff}
.masthead .wrap{padding:1rem}
.masthead a{color:#fff;text-decoration:none}
.brand{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.brand-name{font-weight:bold;font-size:1.5rem;letter-spacing:.05em}
.brand-column{font-size:1.05rem;border-left:2px solid #fff;padding-left:1rem}
nav.column{background:#7a1414}
nav.column ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
nav.column a{display:block;color:#fff;text-decoration:none;padding:.6rem 1rem}
nav.column a:hover{background:#5c0f0f}
nav.column a[aria-current=page]{background:#fff;color:#7a1414;font-weight:bold}
main{padding:1.25rem 1rem 3rem;background:#fff;min-height:60vh}
.crumbs ol{list-style:none;margin:0 0 .75rem;padding:0;display:flex;flex-wrap:wrap;font-size:.9rem;color:#444}
.crumbs li+li::before{content:"›";margin:0 .5rem;color:#595959}
h1{font-size:1.6rem;margin:.5rem 0 1rem;line-height:1.4}
h2{font-size:1.25rem;margin:1.5rem 0 .6rem;border-left:4px solid #9b1c1c;padding-left:.6rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
a{color:#0b4f9c}
label,legend{display:block;font-weight:bold;margin:.9rem 0 .3rem}
.hint{color:#444;font-size:.92rem;margin:0 0 .3rem}
input[type=text],input[type=tel],input[type=email],input[type=search],input[type=file],select,textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #555;border-radius:3px;background:#fff}
textarea{min-height:8rem}
fieldset{border:1px solid #bbb;padding:.5rem 1rem 1rem;margin:1rem 0}
.choices label{display:inline;font-weight:normal;margin-right:1rem}
button,.button{display:inline-block;margin-top:1.25rem;font:inherit;font-weight:bold;color:#fff;background:#0b4f9c;border:0;border-radius:3px;padding:.6rem 1.6rem;cursor:pointer;text-decoration:none}
button:focus,a:focus,input:focus,select:focus,textarea:focus{outline:3px solid #e8a400;outline-offset:2px}
.errors{border:2px solid #a50e0e;padding:.5rem 1rem;margin:1rem 0;background:#fff5f5}
.errors h2{font-size:1.1rem;color:#a50e0e;margin:.3rem 0;border:0;padding:0}
.field-error{color:#a50e0e;font-weight:bold;margin:.2rem 0}
.result{border:2px solid #1d6b2b;padding:.75rem 1rem;background:#f3fbf4}
.banner{border:2px solid #a50e0e;background:#fff5f5;color:#7a0b0b;padding:.75rem 1rem;margin:0 0 1rem;font-weight:bold}
.banner.notice{border-color:#8a5a00;background:#fffaf0;color:#5c3c00}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #c8c8c8;padding:.45rem .6rem;text-align:left;vertical-align:top}
th{background:#f0f2f5}
table.meta th{width:8rem;white-space:nowrap}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem}
.cards li{border:1px solid #d9d9d9;border-top:4px solid #9b1c1c;padding:.75rem 1rem;background:#fff}
.cards a{font-weight:bold}
.cards p{margin:.3rem 0 0;color:#444;font-size:.92rem}
ul.items{list-style:none;padding:0;margin:0}
ul.items li{display:flex;justify-content:space-between;gap:1rem;border-bottom:1px dashed #c8c8c8;padding:.45rem 0}
ul.items time{color:#444;white-space:nowrap}
mark{background:#ffe58f;color:#1a1a1a}
.pager{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
.pager a,.pager span{padding:.2rem .6rem;border:1px solid #c8c8c8}
.pager [aria-current=page]{background:#0b4f9c;color:#fff;border-color:#0b4f9c}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:0 1rem;align-items:end}
.filters button{margin-top:.5rem}
.article{font-size:1.05rem}
.provisional{color:#8a5a00}
footer.site{border-top:1px solid #ddd;color:#444;font-size:.9rem;background:#f5f6f8}
pre.receipt{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:#f5f6f8;border:1px solid #d9d9d9;padding:.75rem 1rem}
ul.plain{margin:0;padding-left:1.2rem}
#tracking-number,#query-code{font-size:1.3rem;font-weight:bold;letter-spacing:.08em;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.result h2{margin-top:.25rem}
dd,.field-error,.errors li{overflow-wrap:anywhere}
ol.history{list-style:none;margin:0;padding:0;border-left:3px solid #9b1c1c}
ol.history li{padding:.3rem 0 .3rem 1rem}
ol.history time{color:#444;margin-right:.75rem;white-space:nowrap}
ol.history p{margin:.1rem 0 0;color:#444;font-size:.92rem}
form.download button{margin-top:0}
article.letter{border:1px solid #c8c8c8;padding:1.5rem;margin:1rem 0;font-family:FangSong,"仿宋_GB2312","Noto Serif CJK SC",serif;font-size:1.05rem}
article.letter h3{text-align:center;font-size:1.35rem}
article.letter p{margin:.3rem 0;text-indent:2em}
article.letter .reference{text-align:center;text-indent:0}
article.letter .salutation,article.letter .note{text-indent:0}
article.letter .signature,article.letter .date{text-align:right}
html.large ol.history time,html.large ol.history p{color:#000}
html.large body{color:#000;background:#fff;line-height:1.9}
html.large a{color:#00337a;text-decoration:underline}
html.large a.button{color:#fff}
html.large nav.column a,html.large .masthead a{color:#fff;text-decoration:none}
html.large nav.column a[aria-current=page]{color:#5c0f0f}
html.large .hint,html.large .crumbs ol,html.large ul.items time,html.large footer.site{color:#000}
html.large button:focus,html.large a:focus,html.large input:focus,html.large select:focus,html.large textarea:focus{outline-width:5px}
.table-scroll{overflow-x:auto;margin:.5rem 0 1rem}
.table-scroll:focus{outline:3px solid #e8a400;outline-offset:2px}
.table-scroll table{margin:0;min-width:44rem}
.report-body p{text-indent:2em;margin:.4rem 0}
.report-body td{text-align:right;font-variant-numeric:tabular-nums}
.report-body caption{font-weight:bold;text-align:left;padding:.3rem 0}
ol.findings{list-style:none;padding:0;margin:0}
ol.findings li{border-left:4px solid #a50e0e;background:#fff5f5;padding:.5rem .8rem;margin:.5rem 0}
ol.findings.warning li{border-color:#8a5a00;background:#fffaf0}
ol.findings.notChecked li,ol.findings.info li{border-color:#767676;background:#f5f6f8}
ol.findings p{margin:.15rem 0;overflow-wrap:anywhere}
.corrected{display:inline-block;margin-left:.5rem;padding:0 .4rem;border:1px solid #8a5a00;color:#5c3c00;font-size:.85rem}
ol.versions li{margin:.3rem 0}
.scroll-hint{display:none}
@media (max-width:40rem){
  .scroll-hint{display:block}
  .brand-column{border:0;padding:0}
  nav.column a{padding:.5rem .7rem}
  ul.items li{flex-direction:column;gap:0}
  dl.facts{grid-template-columns:1fr}
  table.meta th{width:auto;white-space:normal}
  th,td{padding:.35rem .4rem}
  article.letter{padding:1rem .75rem}
}
/* catalogue pages (catalogue.ts, catalogue-item.ts) */
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.searchbar{display:flex;gap:.5rem;align-items:end;margin:1rem 0}
.searchbar .field{flex:1;margin:0}
.filters .wide{grid-column:1/-1}
.filters .actions{display:flex;gap:1rem;align-items:center}
.count{color:#444;margin:1rem 0 .25rem}
ul.catalogue li>div{min-width:0;overflow-wrap:anywhere}
.snippet,.docno{margin:.2rem 0 0;color:#444;font-size:.92rem}
table.meta caption{text-align:left;font-weight:bold;padding:.25rem 0}
.summary{background:#f5f6f8;padding:.6rem .8rem}
.article{overflow-wrap:anywhere}
.article table{display:block;overflow-x:auto}
.article img{max-width:100%;height:auto}
ul.attachments{padding-left:1.2rem}
.pager span[aria-hidden]{border:0}
.banner>p:only-child{margin:0}
html.large .count,html.large .snippet,html.large .docno{color:#000}
@media (max-width:40rem){
  .searchbar{flex-direction:column;align-items:stretch}
  table.meta,table.meta tbody,table.meta tr,table.meta th,table.meta td{display:block;width:auto}
  table.meta th{border-bottom:0;background:#eef1f5}
  table.meta caption{display:block}
  .filters{grid-template-columns:repeat(2,minmax(0,1fr))}
}
`;
