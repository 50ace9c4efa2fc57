// Inline styles of 工作台's cards: an h2 the size of antd's card title, and a plain list with a rule between items.
import type { CSSProperties } from 'react';

export const cardTitle: CSSProperties = {
  fontSize: 16,
  fontWeight: 600,
  margin: 0,
  display: 'inline-flex',
  alignItems: 'center',
};

export const plainList: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

export const listItem: CSSProperties = { padding: '6px 0', borderBottom: '1px solid #f0f0f0' };

/** A link inside a sentence: underlined, so it is not told apart by colour alone (WCAG 1.4.1). */
export const inlineLink: CSSProperties = { textDecoration: 'underline' };
