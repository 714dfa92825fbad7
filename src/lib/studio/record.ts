/**
 * One timeline of one's own as the browser keeps it (`store.ts`): the source the person gave and
 * corrected, a name, when it was last changed, and the number of the record's format. What comes back
 * from storage is read like any outside data: a record of another format or a damaged one is reported
 * with what it still holds, never dropped or half-read.
 */
import * as v from 'valibot';
import type { ArticleSource } from '../extract/build';
import { CurationSchema } from '../model/curation';
import { ArticleMetaSchema } from '../model/schema';
import { validateWith } from '../model/validate';

/** Raised when the record's shape changes; a record of another number is reported, not guessed at. */
export const RECORD_FORMAT = 1;

export const RecordSchema = v.strictObject({
	format: v.literal(RECORD_FORMAT),
	id: v.pipe(v.string(), v.nonEmpty()),
	/** What the person named it in /mine; absent, it goes by the article's title. */
	name: v.optional(v.string()),
	/** The article's title when it was last saved. */
	title: v.string(),
	text: v.string(),
	meta: ArticleMetaSchema,
	curation: CurationSchema,
	/** Milliseconds since 1970, when it was last saved. */
	updated: v.number()
});

export type TimelineRecord = v.InferOutput<typeof RecordSchema>;

export type Stored =
	| { ok: true; record: TimelineRecord }
	/** `format` is the number the record gives (not a number: damaged); `raw` is all it holds. */
	| {
			ok: false;
			id: string | null;
			reason: 'newer' | 'older' | 'damaged';
			format: unknown;
			raw: unknown;
			detail?: string;
	  };

export function readRecord(raw: unknown): Stored {
	const object = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
	const id = typeof object.id === 'string' ? object.id : null;
	const format = object.format;
	if (typeof format === 'number' && format !== RECORD_FORMAT)
		return { ok: false, id, reason: format > RECORD_FORMAT ? 'newer' : 'older', format, raw };
	const checked = validateWith(RecordSchema, raw);
	if (checked.ok) return { ok: true, record: checked.data };
	const detail = checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
	return { ok: false, id, reason: 'damaged', format, raw, detail };
}

/** What /mine lists it by. */
export function displayName(record: Pick<TimelineRecord, 'name' | 'title'>): string {
	return record.name?.trim() || record.title;
}

export function sourceOf(record: TimelineRecord): ArticleSource {
	return { text: record.text, meta: record.meta, curation: record.curation };
}

/** A fresh record id: random, and made where `crypto.randomUUID` is missing too (a page over plain http). */
export function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return `t-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
