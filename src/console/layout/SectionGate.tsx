// A section opened by URL without the permission for it shows 无权访问 rather than a page that fails piece by piece.
import { usePrincipal, can } from '../api/session.ts';
import { Forbidden } from '../components/Forbidden.tsx';
import type { Section } from '../sections/registry.ts';

export function SectionGate({ section }: { section: Section }) {
  const principal = usePrincipal();
  if (section.permission && !can(principal, section.permission)) return <Forbidden />;
  return <section.Component />;
}
