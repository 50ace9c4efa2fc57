// Agencies (src/server/api/agencies.ts). The agency itself is a domain type, defined in core.
import { z } from 'zod';
import { agencySchema } from '../core/agencies.ts';

export { AGENCY_LEVELS, agencySchema, type Agency, type AgencyLevel } from '../core/agencies.ts';

export const agencyListResponse = z.object({ items: z.array(agencySchema) });
