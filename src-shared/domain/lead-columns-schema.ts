import { z } from 'zod';
import { leadColumnIds } from './lead-columns';

/** A saved column layout (settings key `leads.columns`, and saved views). Empty means the defaults. */
export const leadColumnsSchema = z
  .array(z.object({ id: z.enum(leadColumnIds), visible: z.boolean(), width: z.number().min(40).max(2000) }).strict())
  .max(leadColumnIds.length);
