/**
 * One line of a JSONL stream as an article record, or everything wrong with it, each problem named by the
 * record's field: strict UTF-8, JSON with each key once (`model/json.ts`), the record's schema
 * (`model/record.ts`), and a text a page can show (`model/text.ts`), as a file in `data/` is checked.
 */
import type { Problem } from '../lib/model/consistency';
import { parseJson } from '../lib/model/json';
import { ArticleRecordSchema, type ArticleRecord } from '../lib/model/record';
import { firstInvalidUtf8, textProblems } from '../lib/model/text';
import { validateWith } from '../lib/model/validate';

export type ReadRecord =
	| { ok: true; record: ArticleRecord }
	/** `id` when the line got far enough to name one, so the error line can still be joined. */
	| { ok: false; id: string | null; problems: Problem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The id a record names, even a record that fails its schema for another reason. */
function idOf(value: unknown): string | null {
	const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? id : null;
}

export function readRecord(bytes: Uint8Array): ReadRecord {
	const invalid = firstInvalidUtf8(bytes);
	if (invalid !== -1)
		return {
			ok: false,
			id: null,
			problems: [{ path: `byte ${invalid + 1}`, message: 'is not UTF-8: write the stream as UTF-8' }]
		};
	const parsed = parseJson(decoder.decode(bytes));
	// The line is the record: "(file)", as a JSON file's problem is placed, would mislead.
	if (!parsed.ok)
		return {
			ok: false,
			id: null,
			problems: parsed.problems.map((problem) => ({
				...problem,
				path: problem.path === '(file)' ? '(record)' : problem.path
			}))
		};
	const id = idOf(parsed.value);
	const valid = validateWith(ArticleRecordSchema, parsed.value);
	if (!valid.ok) return { ok: false, id, problems: valid.problems };
	const problems = textProblems(valid.data.text).map((problem) => ({
		path: problem.path === '(text)' ? 'text' : `text, ${problem.path}`,
		message: problem.message
	}));
	return problems.length ? { ok: false, id, problems } : { ok: true, record: valid.data };
}
