/**
 * The extractor over many articles (`npm run extract -- <directory>` or `--jsonl`): each article's line of
 * JSONL on stdout, in input order, the data set or an error; each failure also on stderr, naming its line
 * or file, while the rest goes on. Worker threads do the extraction; this thread reads, orders and writes.
 */
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { numberedLines } from './lines';
import { inOrder, Pool } from './pool';
import type { Task } from './task';

/**
 * Tasks read ahead of the one being written, per worker: enough that no worker waits while a long article
 * holds up the order, few enough that memory stays flat however long the stream.
 */
const WINDOW_PER_WORKER = 8;

/** A directory's articles by name (`fileNames`), or JSONL records on stdin. */
export type BatchInput = { dir: string; names: string[] } | 'stdin';

const BLANK = new Set([0x20, 0x09, 0x0d]);

async function* lineTasks(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Task> {
	for await (const { number, bytes } of numberedLines(stream))
		// A blank line is no record (a stream's last newline, a gap between exports), but it keeps its number.
		if (!bytes.every((byte) => BLANK.has(byte))) yield { kind: 'line', number, bytes };
}

/** The directory's articles by name, as `data/` is read, without its rule that a name is a URL segment. */
export function fileNames(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
		.map((entry) => entry.name.slice(0, -'.txt'.length))
		.sort();
}

async function* fileTasks(dir: string, names: string[]): AsyncGenerator<Task> {
	for (const name of names) yield { kind: 'file', dir, name };
}

/** A reader that stops early (`head`, a cancelled task) closes the pipe: the batch stops too, with no stack trace. */
const closedPipe = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EPIPE';

/** Exit code: 0 when every article built, 1 when any failed or the output was closed before the end. */
export async function runBatch(input: BatchInput, workers: number): Promise<number> {
	const tasks = input === 'stdin' ? lineTasks(process.stdin) : fileTasks(input.dir, input.names);
	const pool = await Pool.start(workers);
	let articles = 0;
	let failures = 0;
	let closed = false;
	const stop = (error: unknown) => {
		if (!closedPipe(error)) throw error;
		closed = true;
	};
	process.stdout.on('error', stop);
	try {
		for await (const outcome of inOrder(pool, tasks, WINDOW_PER_WORKER * workers)) {
			if (closed) break;
			articles++;
			if (outcome.error !== undefined) {
				failures++;
				process.stderr.write(`${outcome.error}\n`);
			}
			for (const warning of outcome.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
			if (!process.stdout.write(`${outcome.json}\n`)) await once(process.stdout, 'drain').catch(stop);
		}
	} finally {
		await pool.close();
	}
	if (closed) {
		process.stderr.write(`extract: the output was closed after ${articles} articles; stopped\n`);
		return 1;
	}
	if (failures > 0) process.stderr.write(`extract: ${failures} of ${articles} articles failed\n`);
	return failures > 0 ? 1 : 0;
}
