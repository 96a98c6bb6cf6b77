import { z } from 'astro/zod';

/** The tag in its canonical form, or undefined when it is not a BCP 47 language tag. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * A BCP 47 tag naming a language, optionally with script and region ("ar", "ckb", "ar-SA",
 * "ku-Arab-IQ"), in its canonical form. Extensions and private-use parts ("en-u-ca-gregory") are
 * refused: `Intl.DisplayNames` cannot name them, and a page's `lang` does not need them.
 */
export const languageTag = z.string().transform((tag, ctx) => {
  const form = canonical(tag);
  if (form === undefined) {
    const suggestion = canonical(tag.replaceAll('_', '-'));
    ctx.addIssue({
      code: 'custom',
      message: suggestion
        ? `"${tag}" is not a language tag; did you mean "${new Intl.Locale(suggestion).baseName}"? (BCP 47 joins its parts with hyphens)`
        : `"${tag}" is not a language tag: write a BCP 47 tag such as "en", "ar" or "ku-Arab"`,
    });
    return z.NEVER;
  }
  const language = new Intl.Locale(form).baseName;
  if (language !== form) {
    ctx.addIssue({ code: 'custom', message: `"${tag}" carries more than a language, script and region: write "${language}"` });
    return z.NEVER;
  }
  return form;
});
