/**
 * `data/<name>.curation.json`: an editor's corrections to what the extractor found. Entries name events by
 * id (ids are content-derived, so they survive rebuilds) or point at words by paragraph, span and quote;
 * the quote is checked against the text, so an entry whose words have changed fails the build by name
 * instead of silently pointing elsewhere. Applying it is `src/lib/extract/curate.ts`, in this order: drop,
 * redate, relink, merge, rename, media, add. An edit in the browser (`src/lib/edit/operations.ts`) writes the
 * same file, keeping one entry per event: an event the curation made (added, or kept by a merge) carries
 * its title and date in that entry.
 */
import * as v from 'valibot';
import { isoPartialDate } from './date-fields';
import { ID_PATTERN } from './id';
import { fileObject, MediaSchema, PrecisionSchema, title } from './schema';

const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be an event id'));
const text = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A date as an editor gives it: the fields an event's date has. */
const date = {
	start: isoPartialDate,
	end: v.optional(v.union([isoPartialDate, v.literal('open')])),
	precision: PrecisionSchema,
	approximate: v.optional(v.boolean())
};
/** Words of the text, by paragraph and span; the quote is checked against them. */
const words = { paragraph: index, span: v.tuple([index, index]), quote: text };

export const CurationSchema = fileObject({
	/** Give an event a better title (and an English one). */
	rename: v.optional(
		v.array(v.strictObject({ event: id, title: v.optional(title), titleEn: v.optional(title) }))
	),
	/** Events that are one: the first is kept and widened to cover the others. */
	merge: v.optional(
		v.array(
			v.strictObject({
				events: v.pipe(v.array(id), v.minLength(2, 'must name two events or more')),
				title: v.optional(title),
				/** The merged event's date, when an editor set it; else it covers all the events. */
				date: v.optional(v.strictObject(date))
			})
		)
	),
	/** A date the extractor got wrong, set by an editor (basis `curated`); the event keeps its id. */
	redate: v.optional(v.array(v.strictObject({ event: id, ...date }))),
	/** An event linked to other words than those the extractor found; it keeps its id. */
	relink: v.optional(v.array(v.strictObject({ event: id, ...words }))),
	/** False events, with why. */
	drop: v.optional(v.array(v.strictObject({ event: id, reason: v.optional(v.string()) }))),
	/** Events the extractor missed, by the words that state them (basis `curated`). */
	add: v.optional(
		v.array(
			v.strictObject({
				...words,
				...date,
				title,
				titleEn: v.optional(title),
				/** The editor's note on how the date is known, shown as written. */
				derivation: v.optional(text),
				media: v.optional(MediaSchema)
			})
		)
	),
	/** A picture (or video, or page) for an event: a web address, or an image kept inline in the file. */
	media: v.optional(v.array(v.strictObject({ event: id, media: MediaSchema })))
});

export type Curation = v.InferOutput<typeof CurationSchema>;
export type CuratedDate = v.InferOutput<v.StrictObjectSchema<typeof date, undefined>>;
export type CuratedWords = v.InferOutput<v.StrictObjectSchema<typeof words, undefined>>;
