import { z } from 'astro/zod';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  iso: string;
  precision: Precision;
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined unless it is a real calendar date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: value, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { iso: value, precision: 'month', year, month };
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { iso: value, precision: 'day', year, month, day };
}


/**
 * A date at the precision the source gives: "2021", "2021-11" or "2021-11-07".
 * YAML reads an unquoted full date as a Date, so that is accepted and narrowed back to its day.
 */
// Pure: the browser scripts that parse dates through this module must not bundle zod with it.
export const partialDate = /* @__PURE__ */ z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  /* @__PURE__ */ z.string().refine((value) => parsePartialDate(value) !== undefined, {
    message: 'is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);
