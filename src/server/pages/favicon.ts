// The site's icon: the character 公 in white on the header's red, as SVG (every current browser takes an SVG icon;
// /favicon.ico redirects here for those that ask by the old name).
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#9b1c1c"/><text x="32" y="46" font-size="40" text-anchor="middle" fill="#fff" font-family="Noto Sans CJK SC,Microsoft YaHei,sans-serif" font-weight="bold">公</text></svg>`;
