// The badges of a request's 第三十五条 flags (core/requests/art35.ts): 频次异常, 疑似重复. Colours dark enough for white
// text to pass contrast; the tooltip says the flag in a sentence.
import { Tag, Tooltip } from 'antd';
import { ART35_FLAG_LABELS, art35FlagText, type Art35Flag } from '../../../core/requests/art35.ts';

const COLOURS: Record<Art35Flag['kind'], string> = { volume: '#874d00', duplicate: '#a8071a' };

export function Art35Tags({ flags }: { flags: readonly Art35Flag[] }) {
  return flags.map((flag) => (
    <Tooltip key={flag.kind} title={art35FlagText(flag)}>
      <Tag color={COLOURS[flag.kind]} data-testid={`art35-${flag.kind}`}>
        {ART35_FLAG_LABELS[flag.kind]}
      </Tag>
    </Tooltip>
  ));
}
