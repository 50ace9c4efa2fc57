import type { Principal } from '../../contracts/auth.ts';
import { can } from '../api/session.ts';
import { SECTIONS, type Section } from '../sections/registry.ts';

/** The sections of the side menu a principal may open, in menu order. */
export function visibleSections(principal: Principal): Section[] {
  return SECTIONS.filter((s) => !s.outsideMenu && (!s.permission || can(principal, s.permission)));
}
