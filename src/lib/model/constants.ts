/**
 * The model's plain values, apart from the valibot schema that checks them: code that runs in the reader's
 * browser on first load imports these without building the whole schema (valibot adds ~20 KB gzip).
 */
export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const BASES = ['explicit', 'relative', 'edition', 'curated'] as const;
export const PARAGRAPH_KINDS = ['title', 'byline', 'body', 'caption', 'note'] as const;

/** `2014`, `2014-11` or `2014-11-19`: the number of parts is the precision. */
export const ISO_PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An event's or a mention's id: lowercase letters, digits and dashes, as `contentId` makes them. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
