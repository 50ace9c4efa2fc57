// An empty table's note in a colour that meets the contrast ratio (antd's placeholder grey does not).
export function EmptyText({ text }: { text: string }) {
  return <span style={{ color: '#595959' }}>{text}</span>;
}
