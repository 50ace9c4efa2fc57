// How this installation runs (GET /public/site, no sign-in needed): asked once, so the 演示数据 banner shows on the
// login page as well as inside.
import { useQuery } from '@tanstack/react-query';
import type { SiteInfo } from '../../contracts/site.ts';
import { api } from './client.ts';

export function useSite() {
  return useQuery({
    queryKey: ['site'],
    queryFn: () => api.get<SiteInfo>('/public/site'),
    staleTime: Infinity,
  });
}
