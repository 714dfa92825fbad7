/**
 * One article as a line of a JSONL stream (`npm run extract -- --jsonl`): what the files in `data/` hold for
 * it, in one object, with an id that the output line carries back so a batch engine can join on it. The
 * meta fields sit beside the text rather than under a `meta` key: an archive's export is flat.
 */
import * as v from 'valibot';
import { CurationSchema } from './curation';
import { articleMetaEntries, fileObject } from './schema';

export const ArticleRecordSchema = fileObject({
	id: v.pipe(v.string(), v.nonEmpty('must not be empty: the output line carries it back')),
	text: v.string(),
	...articleMetaEntries,
	curation: v.optional(CurationSchema)
});

export type ArticleRecord = v.InferOutput<typeof ArticleRecordSchema>;
