// antd's theme for the console: the default blue fails WCAG AA contrast on white (4.1:1), these pass.
import type { ThemeConfig } from 'antd';

export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    // antd derives a lighter hover shade, on which white text fails contrast; darker ones pass.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorLink: '#0958d9',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
};
