/**
 * `npm run bench:extract`: extraction throughput on articles made by repeating the seed to 1, 10 and
 * 100 MB (UTF-8). Linear time shows as MB/s that does not fall as the input grows. A benchmark to read,
 * not a timed test. The target (10 MB/s on one core) is read in CPU time, which other processes on a
 * shared machine do not inflate; wall time is printed beside it.
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

/** Wall and CPU seconds of one extraction: CPU time is what "on one core" means when the machine is shared. */
function timed(text: string) {
	const wall = performance.now();
	const cpu = process.cpuUsage();
	const data = extractArticle(text, { meta });
	const used = process.cpuUsage(cpu);
	return { data, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log('size      events   undated  wall s  cpu s  MB/s (wall)  MB/s (cpu)');
for (const size of [1, 10, 100]) {
	const text = article(size);
	const actual = Buffer.byteLength(text) / MB;
	// Warm up, then the median of at least three runs and of at least two seconds of runs, so that neither a
	// cold JIT nor one collection pause decides the figure for the small sizes.
	timed(text);
	const runs = [timed(text), timed(text), timed(text)];
	while (runs.reduce((sum, run) => sum + run.wall, 0) < 2) runs.push(timed(text));
	const wall = median(runs.map((run) => run.wall));
	const cpu = median(runs.map((run) => run.cpu));
	const { data } = runs[0]!;
	console.log(
		[
			`${actual.toFixed(1)} MB`.padEnd(9),
			String(data.events.length).padStart(7),
			String(data.undated.length).padStart(9),
			wall.toFixed(2).padStart(7),
			cpu.toFixed(2).padStart(6),
			(actual / wall).toFixed(1).padStart(12),
			(actual / cpu).toFixed(1).padStart(11)
		].join(' ')
	);
}
