/**
 * `npm run bench:extract`: extraction throughput on articles made by repeating the seed to 1, 10 and
 * 100 MB (UTF-8). Linear time shows as MB/s that does not fall as the input grows. A benchmark to read,
 * not a timed test.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/lib/extract';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(resolve(ROOT, 'data/cyberspace-shared-future.txt'), 'utf8');
const meta = { published: '2025-11-11' };
const MB = 1024 * 1024;

function article(megabytes: number): string {
	const bytes = Buffer.byteLength(seed);
	return seed.repeat(Math.ceil((megabytes * MB) / bytes));
}

console.log('size      events   undated  seconds  MB/s');
for (const size of [1, 10, 100]) {
	const text = article(size);
	const actual = Buffer.byteLength(text) / MB;
	// The median of three runs, so that one collection pause or a cold JIT does not decide the figure.
	const runs: number[] = [];
	let data = extractArticle(text, { meta });
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		data = extractArticle(text, { meta });
		runs.push((performance.now() - started) / 1000);
	}
	const seconds = runs.sort((a, b) => a - b)[1]!;
	console.log(
		`${`${actual.toFixed(1)} MB`.padEnd(9)} ${String(data.events.length).padStart(7)} ${String(data.undated.length).padStart(9)}  ${seconds.toFixed(2).padStart(7)}  ${(actual / seconds).toFixed(1)}`
	);
}
