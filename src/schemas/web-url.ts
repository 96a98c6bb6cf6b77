import { z } from 'astro/zod';

/** An address a reader's browser opens: http or https only, never javascript:, data: or file:. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with https:// (or http://): copy it from the browser’s address bar',
});
