/**
 * `npm run bench:articles`: a thousand articles (issue 13), on seeded news articles (`news.ts`).
 *
 * The site: `vite build` over 250, 500, 1,000 and 2,000 articles (`NIANBIAO_DATA`, `NIANBIAO_OUT`: data/ and build/
 * stay as they are), after one build not measured that warms the caches; wall time, CPU time and peak
 * memory. The cost of one more article is the slope of a least-squares line through the sizes; growth is
 * linear when that line explains the points (R² near 1) and the slope between each two sizes is the same.
 * The sizes double from 250, so that each step adds more work than the fixed compile varies by.
 *
 * The extractor's CLI: `--jsonl` over 3,000 records with 1 and with 2 worker threads, interleaved, the
 * median of three runs each: articles/s, MB/s, peak RSS. A stream that long, because each worker thread
 * warms up on its own (V8 compiles the extractor's code as it runs: its first hundred articles take three
 * to four times the CPU of later ones), and an archive's stream is longer still. Then 1,000 and 3,000
 * records with each heap capped, whose peaks say whether memory stays flat along a stream.
 *
 * Appends its section to bench/results.md (in place of the one an earlier run wrote). A benchmark, not a
 * test: it asserts nothing. `BENCH_ARTICLES=10,100` builds those sizes only and leaves results.md alone.
 */
import { execSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measureNode, type Measured } from './child';
import { jsonl, newsArticles, writeArticles } from './news';
import { writeSection } from './section';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp/articles');
const SIZES = [250, 500, 1_000, 2_000];
const RECORDS = 1_000;
const LONG_STREAM = 3_000;
/** Room for the longest article's extraction, far less than a stream's records would take if kept. */
const CAP_MB = 64;
const RUNS = 3;

const f = (value: number, digits = 1) => value.toFixed(digits);
const n = (value: number) => value.toLocaleString('en');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sizes = process.env.BENCH_ARTICLES?.split(',').map(Number) ?? SIZES;
const partial = process.env.BENCH_ARTICLES !== undefined;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const articles = newsArticles(Math.max(...sizes, LONG_STREAM));
const averageKb =
	articles.slice(0, RECORDS).reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / RECORDS / 1024;

// The site over growing numbers of articles. Its /nianbiao.html copies the offline file, which
// `npm run build` makes first and which does not grow with the articles: made once, unmeasured.
if (!existsSync(join(root, 'dist/nianbiao.html')))
	execSync('npm run build:single', { cwd: root, stdio: 'inherit' });

async function build(count: number): Promise<Measured> {
	const data = join(tmp, `data-${count}`);
	const site = join(tmp, `site-${count}`);
	writeArticles(data, articles.slice(0, count));
	try {
		return await measureNode([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
			cwd: root,
			env: { NIANBIAO_DATA: data, NIANBIAO_OUT: site }
		});
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
}

// The first build of a run also fills caches (the file system's, Vite's): not measured, so that the
// smallest size is measured as the others are.
process.stdout.write('site build, warm-up… ');
console.log(`${f((await build(sizes[0]!)).seconds)} s`);
const builds: (Measured & { articles: number })[] = [];
for (const size of sizes) {
	process.stdout.write(`site build, ${n(size)} articles… `);
	const measured = await build(size);
	builds.push({ ...measured, articles: size });
	console.log(`${f(measured.seconds)} s, CPU ${f(measured.cpuSeconds)} s, peak ${f(measured.peakMb, 0)} MB`);
}

// The CLI over a stream of records: its input is a file, so that only the CLI is measured.
function recordsFile(count: number): { path: string; mb: number } {
	const path = join(tmp, `records-${count}.jsonl`);
	writeFileSync(path, jsonl(articles.slice(0, count)));
	return { path, mb: Buffer.byteLength(readFileSync(path)) / 1024 / 1024 };
}

/** `oldSpaceMb` caps each thread's heap, so that V8 collects instead of growing and what is kept shows. */
async function extract(path: string, workers: number, oldSpaceMb?: number): Promise<Measured> {
	const input = openSync(path, 'r');
	const cap = oldSpaceMb ? [`--max-old-space-size=${oldSpaceMb}`] : [];
	try {
		return await measureNode(
			[...cap, '--import', 'tsx', 'src/cli/extract.ts', '--jsonl', '--workers', String(workers)],
			{ cwd: root, stdio: [input, 'ignore', 'inherit'] }
		);
	} finally {
		closeSync(input);
	}
}

const empty = join(tmp, 'empty.jsonl');
writeFileSync(empty, '');
const records = recordsFile(RECORDS);
const long = recordsFile(LONG_STREAM);
const runs = new Map<number, Measured[]>([
	[1, []],
	[2, []]
]);
const startups: number[] = [];
const loadBefore = loadavg()[0]!;
for (let run = 0; run < RUNS; run++) {
	startups.push((await extract(empty, 2)).seconds);
	for (const [workers, measured] of runs) {
		process.stdout.write(`extract --jsonl, ${n(LONG_STREAM)} records, ${workers} worker(s)… `);
		measured.push(await extract(long.path, workers));
		console.log(`${f(measured.at(-1)!.seconds, 2)} s, CPU ${f(measured.at(-1)!.cpuSeconds, 2)} s`);
	}
}
const cli = [...runs].map(([workers, measured]) => ({
	workers,
	seconds: median(measured.map((m) => m.seconds)),
	cpuSeconds: median(measured.map((m) => m.cpuSeconds)),
	peakMb: median(measured.map((m) => m.peakMb))
}));
const capped: Measured[] = [];
for (const [count, { path }] of [
	[RECORDS, records],
	[LONG_STREAM, long]
] as const) {
	process.stdout.write(`extract --jsonl, ${n(count)} records, 2 workers, old space ${CAP_MB} MB… `);
	capped.push(await extract(path, 2, CAP_MB));
	console.log(`peak ${f(capped.at(-1)!.peakMb, 0)} MB`);
}
const loadAfter = loadavg()[0]!;

/** The least-squares line through the builds' `key` by article count: its slope, and the share it explains. */
function fitted(key: 'cpuSeconds' | 'peakMb'): { slope: number; r2: number } {
	const xs = builds.map((b) => b.articles);
	const ys = builds.map((b) => b[key]);
	const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
	const [mx, my] = [mean(xs), mean(ys)];
	const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
	const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
	const syy = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
	return { slope: sxy / sxx, r2: (sxy * sxy) / (sxx * syy) };
}

/** The cost of one more article from size i - 1 to size i. */
const slope = (i: number, key: 'cpuSeconds' | 'peakMb') =>
	(builds[i]![key] - builds[i - 1]![key]) / (builds[i]!.articles - builds[i - 1]!.articles);
const buildRows = builds.map(
	(b, i) =>
		`| ${n(b.articles)} | ${f(b.seconds)} | ${f(b.cpuSeconds)} | ${f(b.peakMb, 0)} | ${i ? f(slope(i, 'cpuSeconds') * 1000, 0) : ''} | ${i ? f(slope(i, 'peakMb'), 2) : ''} |`
);
const [one, two] = cli;
const cliRows = cli.map(
	(c) =>
		`| ${c.workers} | ${f(c.seconds, 2)} | ${f(c.cpuSeconds, 2)} | ${f(LONG_STREAM / c.seconds, 0)} | ${f(long.mb / c.seconds, 2)} | ${f(LONG_STREAM / c.cpuSeconds, 0)} | ${f(c.peakMb, 0)} |`
);
const section = [
	'## A thousand articles',
	'',
	`Written by \`npm run bench:articles\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load`,
	`average ${f(loadBefore)} before the CLI's runs and ${f(loadAfter)} after them: others' work takes cores from wall time, not from CPU time.`,
	"Seeded news articles (bench/news.ts: paragraphs of data/ and the extractor's fixtures in Traditional, Simplified",
	`and English; ${f(averageKb)} KB on average). The site: \`vite build\` with \`NIANBIAO_DATA\` (each article's page, its`,
	'source.json and, for Traditional ones, its zh-Hans.json prerendered; the offline file aside), after one build not',
	'measured. CPU: all threads of the build process; peak: its maximum resident set, worker threads included. Per',
	'article: the slope of CPU time and of peak memory from the size before, so the compile every build does once drops out.',
	'',
	'| articles | build (s) | CPU (s) | peak RSS (MB) | per article, CPU (ms) | per article (MB) |',
	'| ---: | ---: | ---: | ---: | ---: | ---: |',
	...buildRows,
	'',
	...(builds.length >= 3
		? [
				`Least-squares line through the ${builds.length} sizes: **${f(fitted('cpuSeconds').slope * 1000, 0)} ms of CPU per article**, R² ${f(fitted('cpuSeconds').r2, 3)};`,
				`**${f(fitted('peakMb').slope, 2)} MB of peak memory per article**, R² ${f(fitted('peakMb').r2, 3)} (R² 1 is a straight line). Last step's CPU per article ÷ first step's:`,
				`${f(slope(builds.length - 1, 'cpuSeconds') / slope(1, 'cpuSeconds'), 2)}× (1× is linear).`,
				''
			]
		: []),
	`The extractor's CLI, \`--jsonl\` over ${n(LONG_STREAM)} records (${f(long.mb, 2)} MB) read from a file, output discarded; median of`,
	`${RUNS} runs each, interleaved; wall time includes start-up (an empty stream: ${f(median(startups), 2)} s).`,
	'',
	'| workers | wall (s) | CPU (s) | articles/s | MB/s | articles per CPU-second | peak RSS (MB) |',
	'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...cliRows,
	'',
	`2 workers ÷ 1: **${f(one!.seconds / two!.seconds, 2)}×** the throughput (wall), ${f(one!.cpuSeconds / two!.cpuSeconds, 2)}× per CPU-second.`,
	'',
	`Memory along a stream, each thread's old space capped at ${CAP_MB} MB (V8 collects rather than grows), 2 workers:`,
	`${n(RECORDS)} records peak at ${f(capped[0]!.peakMb, 0)} MB, ${n(LONG_STREAM)} (${f(long.mb, 1)} MB) at ${f(capped[1]!.peakMb, 0)} MB: **${f(capped[1]!.peakMb / capped[0]!.peakMb, 2)}×** for ${f(LONG_STREAM / RECORDS, 0)}× the records.`,
	''
].join('\n');
console.log(`\n${section}`);

if (!partial) writeSection(section);
rmSync(tmp, { recursive: true, force: true });
