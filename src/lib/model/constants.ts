/**
 * The model's plain values, apart from the valibot schema that checks them: code that runs in the reader's
 * browser on first load imports these without building the whole schema (valibot adds ~20 KB gzip).
 */
export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;

/** `2014`, `2014-11` or `2014-11-19`: the number of parts is the precision. */
export const ISO_PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
