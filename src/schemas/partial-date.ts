import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates';

/**
 * A date at the precision the source gives: "2021", "2021-11" or "2021-11-07".
 * YAML reads an unquoted full date as a Date, so that is accepted and narrowed back to its day.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine((value) => parsePartialDate(value) !== undefined, {
    message: 'is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);
