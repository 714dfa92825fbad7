/**
 * One article of a batch, as a worker thread runs it: a JSONL line or a file of a directory in, the line
 * the output gets out, which holds the data set or says what went wrong. Nothing here throws for bad input,
 * and an extractor that throws on an article fails that article only: the rest of the batch goes on.
 */
import { relative } from 'node:path';
import { buildDataset } from '../lib/extract/build';
import { describeProblems } from '../lib/model/validate';
import { DataError, loadArticle } from '../lib/server/articles';
import { readRecord } from './record';

export type Task =
	| { kind: 'line'; number: number; bytes: Uint8Array }
	/** `<name>.txt` of `dir`, with its `.meta.json` and `.curation.json` when present, as the build reads them. */
	| { kind: 'file'; dir: string; name: string };

export interface Outcome {
	/** The output line, without its newline: `{"id", "line" or "file", "dataset"}`, or `"error"` instead. */
	json: string;
	/** What stderr says of a failure, each line naming the input line or file. */
	error?: string;
	/** Built, with something to look at (a date far after today). */
	warnings?: string[];
}

/** Where the article came from, in the output line and in each message. */
function origin(task: Task): { line: number } | { file: string } {
	return task.kind === 'line'
		? { line: task.number }
		: { file: relative(process.cwd(), `${task.dir}/${task.name}.txt`) };
}

/** The same, as a message names it. */
function named(task: Task): string {
	const from = origin(task);
	return 'line' in from ? `line ${from.line}` : from.file;
}

function failed(task: Task, id: string | null, error: string): Outcome {
	return { json: JSON.stringify({ id, ...origin(task), error }), error };
}

function runLine(task: Extract<Task, { kind: 'line' }>): Outcome {
	const read = readRecord(task.bytes);
	if (!read.ok) return failed(task, read.id, describeProblems(named(task), read.problems));
	const { id, text, curation, ...meta } = read.record;
	const built = buildDataset({ text, meta, ...(curation ? { curation } : {}) });
	if (!built.ok) return failed(task, id, describeProblems(`${named(task)}: ${built.part}`, built.problems));
	return { json: JSON.stringify({ id, ...origin(task), dataset: built.data }) };
}

function runFile(task: Extract<Task, { kind: 'file' }>): Outcome {
	const warnings: string[] = [];
	try {
		const dataset = loadArticle(task.name, task.dir, { warn: (message) => warnings.push(message) });
		return {
			json: JSON.stringify({ id: task.name, ...origin(task), dataset }),
			...(warnings.length ? { warnings } : {})
		};
	} catch (error) {
		if (error instanceof DataError) return failed(task, task.name, error.message);
		throw error;
	}
}

export function runTask(task: Task): Outcome {
	try {
		return task.kind === 'line' ? runLine(task) : runFile(task);
	} catch (error) {
		const id = task.kind === 'file' ? task.name : null;
		return failed(
			task,
			id,
			`${named(task)}: the extractor failed: ${(error as Error).stack ?? String(error)}`
		);
	}
}
