// The 演示数据 banner at the top of every console page of a server in demo mode (`gongkai serve --demo`), in the
// public pages' words (contracts/site.ts). A named region, so it is a landmark screen readers list; dark brown on
// gold for contrast. Nothing at all outside demo mode.
import { DEMO_NOTICE } from '../../contracts/site.ts';
import { useSite } from '../api/site.ts';

export function DemoBanner() {
  const site = useSite();
  if (!site.data?.demo) return null;
  return (
    <section
      aria-label={DEMO_NOTICE.title}
      style={{
        background: '#ffe58f',
        color: '#3d2600',
        borderBottom: '2px solid #ad6800',
        padding: '6px 24px',
      }}
    >
      <strong>{DEMO_NOTICE.title}：</strong>
      {DEMO_NOTICE.text}
    </section>
  );
}
