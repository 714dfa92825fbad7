/**
 * The one data contract every part of nianbiao speaks: the extractor writes it, the build validates it,
 * the timeline, the reader and the embed read it. Structure is checked here by valibot; the rules that
 * tie fields to each other (a span inside its paragraph, a quote equal to its span) live in
 * `consistency.ts`, and `validate.ts` runs both.
 */
import * as v from 'valibot';
import { ISO_PARTIAL_DATE, LANGUAGES } from './constants';
import { isoDay, isoPartialDate } from './date-fields';
import { DerivationSchema } from './derivation';
import { ID_PATTERN } from './id';
import { linkProblem, mediaUrlProblem } from './media';

export { ISO_PARTIAL_DATE, LANGUAGES };

// Here rather than in `constants.ts`: only the schema reads them, and what that file holds travels in the
// reader's first load.
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const BASES = ['explicit', 'relative', 'edition', 'curated'] as const;
export const PARAGRAPH_KINDS = ['title', 'byline', 'body', 'caption', 'note'] as const;

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = v.pipe(v.string(), v.nonEmpty('must not be empty'));
/** A title someone reads: at least one character that is not a space. */
export const title = v.pipe(
	v.string(),
	v.check((value: string) => /\S/.test(value), 'must not be empty or only spaces')
);
/**
 * The object a data file holds, no key but these: valibot's object schemas take an array for an object with
 * no keys, and `[]` is no meta file.
 */
export function fileObject<const Entries extends v.ObjectEntries>(entries: Entries) {
	return v.pipe(
		v.custom<object>(
			(input) => typeof input === 'object' && input !== null && !Array.isArray(input),
			(issue) => `must be an object ({ … }), not ${Array.isArray(issue.input) ? 'an array' : issue.received}`
		),
		v.strictObject(entries)
	);
}
/** Half-open range of UTF-16 code units into the paragraph's text. */
const span = v.tuple([index, index]);
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lowercase letters, digits and dashes'));

/** A check whose message is the reason a function gives (`media.ts`), so a file's author reads why. */
const reasoned = (problem: (value: string) => string | null) =>
	v.pipe(
		v.string(),
		v.check(
			(value: string) => problem(value) === null,
			(issue) => problem(issue.input as string) ?? 'is not allowed'
		)
	);
/** `14:30` or `14:30:05`, a time of day on the 24-hour clock. */
const timeOfDay = v.pipe(
	v.string(),
	v.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'must be a time of day written HH:MM or HH:MM:SS')
);

export const LanguageSchema = v.picklist(LANGUAGES);
export const PrecisionSchema = v.picklist(PRECISIONS);

/**
 * A picture, video or web page shown with an event (TimelineJS's media object). Every field is plain text or
 * an address checked by `media.ts`; none is ever read as HTML.
 */
export const MediaSchema = v.object({
	/** `https:`, `http:`, or an inline PNG, JPEG, GIF, WebP or AVIF image (`data:image/…;base64,`) of 5 MB at most. */
	url: reasoned(mediaUrlProblem),
	caption: v.optional(title),
	credit: v.optional(title),
	/** Words for a reader who cannot see the picture; default: the caption. */
	alt: v.optional(title),
	/** Where following the picture leads (`https:` or `http:`). */
	link: v.optional(reasoned(linkProblem)),
	/** TimelineJS's small picture for its marker: not drawn here, kept so that it goes back out. */
	thumbnail: v.optional(reasoned(mediaUrlProblem))
});

export const ArticleSchema = v.object({
	title,
	language: LanguageSchema,
	/** Publication day: relative expressions (今年, 去年) are resolved against it, never against today. */
	published: v.optional(isoDay),
	source: v.optional(v.string()),
	/** What the article is about in a few lines (a TimelineJS title slide's text), as plain text. */
	lead: v.optional(title),
	/** The title's picture (a TimelineJS title slide's media). */
	media: v.optional(MediaSchema)
});

export const ParagraphSchema = v.object({
	index,
	kind: v.picklist(PARAGRAPH_KINDS),
	/** Exactly as in the source, untrimmed and unnormalized. */
	text: v.string()
});

export const EventSchema = v.object({
	/** Derived from content (see `id.ts`), so links survive rebuilds and reordering. */
	id,
	start: isoPartialDate,
	/** A closed range ends on a date of the same precision; `'open'` is a range still running ("since 2014"). */
	end: v.optional(v.union([isoPartialDate, v.literal('open')])),
	precision: PrecisionSchema,
	/** The text hedges the date ("around 2000", "late in the year"): the UI says so. */
	approximate: v.optional(v.boolean()),
	basis: v.picklist(BASES),
	/** How the date was found, as coded steps (`derivation.ts`); the interface words them. */
	derivation: DerivationSchema,
	title,
	paragraph: index,
	span,
	quote: text,
	/** Optional English title, from curation. */
	titleEn: v.optional(title),
	/** The time of day the source gives (`14:30`): said with the date; the timeline draws the day. */
	time: v.optional(timeOfDay),
	/** The time of day the event ends, on its end day (or its start day when it has no end). */
	endTime: v.optional(timeOfDay),
	/** The date as the source writes it, said in place of nianbiao's wording (TimelineJS's `display_date`). */
	displayDate: v.optional(title),
	/** The labelled row the event is drawn in (TimelineJS's `group`); events without one share a row. */
	group: v.optional(title),
	media: v.optional(MediaSchema)
});

/** A labelled span of time drawn as a band behind the events (TimelineJS's era). */
export const EraSchema = v.object({
	start: isoPartialDate,
	/** The era's last year, month or day; any precision, not before the start. */
	end: isoPartialDate,
	title: v.optional(title)
});

export const UndatedSchema = v.object({
	id,
	paragraph: index,
	span,
	quote: text,
	title
});

export const DatasetSchema = v.object({
	article: ArticleSchema,
	paragraphs: v.array(ParagraphSchema),
	events: v.array(EventSchema),
	undated: v.array(UndatedSchema),
	eras: v.optional(v.array(EraSchema))
});

/** What the text itself cannot say: the fields of a meta file, which a JSONL record (`record.ts`) holds too. */
export const articleMetaEntries = {
	title: v.optional(title),
	language: v.optional(LanguageSchema),
	published: v.optional(isoDay),
	source: v.optional(v.string())
};

/** `data/<name>.meta.json`. */
export const ArticleMetaSchema = fileObject(articleMetaEntries);

/** `data/site.json`: which article `/` shows. */
export const SiteSchema = fileObject({
	defaultArticle: v.optional(v.pipe(v.string(), v.nonEmpty()))
});

export type Language = v.InferOutput<typeof LanguageSchema>;
export type Precision = v.InferOutput<typeof PrecisionSchema>;
export type Basis = (typeof BASES)[number];
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Media = v.InferOutput<typeof MediaSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
export type Undated = v.InferOutput<typeof UndatedSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** What a timeline shows of a data set: all but the text, which /embed does not carry. */
export type TimelineData = Omit<Dataset, 'paragraphs'>;
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
