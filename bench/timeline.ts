/**
 * `npm run bench`: nianbiao's timeline against vis-timeline 8.5 (clustering on), side by side, in the
 * system Chromium, on the same seeded data sets (`data.ts`). Builds the site and a bench-only page that
 * mounts the Timeline alone, serves both, and measures, for the Timeline alone, the site's `/embed?src=`
 * (which fills the viewport's height, with twice the Timeline's rows of marks: more work in each frame, not a
 * cost of the page) and vis-timeline: navigation to first interactive draw; frame times over a fixed script of 40 wheel
 * zooms and 20 drags; the JS heap after it; for the Timeline alone, the heap over 1,000 zoom operations;
 * and the JavaScript `/` loads before any interaction (the seed page's own load is bench:small's). Prints a table and writes bench/results.md. A
 * benchmark, not a test: it asserts nothing.
 *
 * While working on one case: BENCH_SIZES=10000 BENCH_DATA=days BENCH_LIBRARIES=nianbiao,embed npm run
 * bench (a partial run prints its table but leaves bench/results.md alone).
 *
 * Load alone, paired: BENCH_LOADS=15 measures only the load, 15 rounds, the pages taking turns (each round
 * starts one page further along), and prints each page's loads and, round by round, its ratio to the first
 * page's, with their medians; BENCH_BASELINE=<a build of the site> adds that build's /embed as the page
 * `baseline`, for a change's before and after in one run. For example, /embed's 100,000 days beside the
 * Timeline alone and main's build: BENCH_SIZES=100000 BENCH_DATA=days BENCH_LOADS=15
 * BENCH_LIBRARIES=nianbiao,embed,baseline BENCH_BASELINE=/tmp/main-build npx tsx bench/timeline.ts
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { DATA_SETS, dataName, writeData, type DataSet, type Kind } from './data';
import { serve } from './serve';
import { BUDGET_KB, initialScripts } from './size';
import { launchChromium } from './browser';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp');

/**
 * The Timeline alone on the bench page, the site's `/embed?src=`, and vis-timeline; `baseline`, another
 * build's `/embed?src=` (BENCH_BASELINE), only for paired loads.
 */
type Library = 'nianbiao' | 'embed' | 'vis-timeline' | 'baseline';
const LIBRARIES: Library[] = ['nianbiao', 'embed', 'vis-timeline'];

/**
 * How long vis-timeline is given to draw before it counts as given up (it drew nothing in 180 s at a
 * million events), and to go through the script: the whole bench stays near ten minutes.
 */
const VIS_PATIENCE_MS = 60_000;
const SCRIPT_PATIENCE_MS = 120_000;
/**
 * Fresh loads of nianbiao's pages that each go through the script: a p95 of one run's 400 frames swung from
 * 16 to 23 ms between runs on the same build, on either page, so theirs is the median of these. vis-timeline,
 * far behind and minutes a run, is measured once.
 */
const FRAME_RUNS = 3;

interface Result {
	library: Library;
	set: DataSet;
	/** Not drawn within VIS_PATIENCE_MS: nothing else was measured. */
	gaveUp?: boolean;
	loadMs: number;
	p50: number;
	p95: number;
	max: number;
	intervalP95: number;
	intervalMax: number;
	frames: number;
	heapMb: number;
	heapGrowth?: number;
	/** Each run's p95, when the figures above are the medians of several (`FRAME_RUNS`). */
	p95Runs?: number[];
}

function sh(command: string) {
	execSync(command, { cwd: root, stdio: 'inherit' });
}

async function buildHarness() {
	await build({
		root: join(root, 'bench/harness'),
		base: '/',
		logLevel: 'warn',
		configFile: false,
		plugins: [svelte()],
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: { outDir: join(tmp, 'harness'), emptyOutDir: true, target: 'es2022' }
	});
}

/** Notes when anything first says `data-ready="true"`, in ms since navigation started. */
const READY = `
	new MutationObserver((records, observer) => {
		if (records.some((r) => r.target.getAttribute?.('data-ready') === 'true')) {
			window.__readyAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
`;

interface Frames {
	/** Main-thread work per frame: from the frame's start (input, animation callbacks) to after it rendered. */
	work: number[];
	/** Intervals between frames, which vsync rounds up to 16.7 ms at best. */
	intervals: number[];
}

/** Per-frame timings, from requestAnimationFrame, while `work` runs. */
async function frames(page: Page, work: () => Promise<void>): Promise<Frames> {
	// A string, not a function: tsx would wrap a function's inner closures in a helper the page lacks.
	// A message posted during the frame runs once that frame has rendered.
	await page.evaluate(`
		window.__frames = { work: [], intervals: [] };
		window.__recording = true;
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => window.__frames.work.push(performance.now() - event.data);
		requestAnimationFrame((first) => {
			let last = first;
			const tick = (now) => {
				window.__frames.intervals.push(now - last);
				channel.port2.postMessage(now);
				last = now;
				if (window.__recording) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
	`);
	await work();
	// Let the last event's frame (and any animation it started) finish before stopping.
	await page.waitForTimeout(300);
	return page.evaluate('window.__recording = false, window.__frames') as Promise<Frames>;
}

function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function heap(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize;
}

/**
 * 40 wheel zooms (in, then out) and 20 drags, interleaved, at fixed positions; a library that takes
 * longer than SCRIPT_PATIENCE_MS is measured on the operations it got through.
 */
async function script(page: Page, box: { x: number; y: number; width: number; height: number }) {
	let wheels = 0;
	const until = Date.now() + SCRIPT_PATIENCE_MS;
	for (let op = 0; op < 60 && Date.now() < until; op++) {
		const x = box.x + box.width * (0.3 + (0.4 * ((op * 37) % 11)) / 10);
		const y = box.y + box.height * 0.45;
		await page.mouse.move(x, y);
		if (op % 3 === 2) {
			await page.mouse.down();
			for (let step = 1; step <= 8; step++) await page.mouse.move(x + (op % 2 ? 15 : -15) * step, y);
			await page.mouse.up();
		} else {
			await page.mouse.wheel(0, wheels < 20 ? -240 : 240);
			wheels++;
		}
	}
}

const PAGES: Record<Library, (name: string) => string> = {
	nianbiao: (name) => `/?data=${name}`,
	embed: (name) => `/site/embed?src=/data/${name}.json`,
	'vis-timeline': (name) => `/vis/?data=${name}`,
	baseline: (name) => `/baseline/embed?src=/data/${name}.json`
};

/** A fresh page of `library` on `set`, once drawn, with its load time; null when it was not drawn in time. */
async function load(browser: Browser, base: string, library: Library, set: DataSet) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(READY);
	await page.goto(base + PAGES[library](dataName(set)), { waitUntil: 'commit' });
	try {
		await page.waitForSelector('[data-ready="true"]', { timeout: patience(library) });
	} catch {
		await page.close();
		return null;
	}
	return { page, loadMs: (await page.evaluate('window.__readyAt')) as number };
}

const patience = (library: Library) => (library === 'vis-timeline' ? VIS_PATIENCE_MS : 180_000);

async function measure(
	browser: Browser,
	base: string,
	library: Library,
	set: DataSet,
	heapGrowth = true
): Promise<Result> {
	const loaded = await load(browser, base, library, set);
	if (!loaded) {
		return {
			library,
			set,
			gaveUp: true,
			loadMs: patience(library),
			p50: NaN,
			p95: NaN,
			max: NaN,
			intervalP95: NaN,
			intervalMax: NaN,
			frames: 0,
			heapMb: NaN
		};
	}
	const { page, loadMs } = loaded;
	const target = library === 'vis-timeline' ? '.vis-timeline' : 'svg[data-timeline]';
	const box = (await page.locator(target).first().boundingBox())!;
	const timings = await frames(page, () => script(page, box));
	const sorted = timings.work.toSorted((a, b) => a - b);
	const intervals = timings.intervals.toSorted((a, b) => a - b);
	const result: Result = {
		library,
		set,
		loadMs,
		p50: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		max: sorted.at(-1) ?? NaN,
		intervalP95: quantile(intervals, 0.95),
		intervalMax: intervals.at(-1) ?? NaN,
		frames: sorted.length,
		heapMb: (await heap(page)) / 2 ** 20
	};
	if (library === 'nianbiao' && heapGrowth) {
		// Heap stability: 1,000 zoom operations, in and out, compared after the first 100.
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		let start = 0;
		for (let op = 0; op < 1000; op++) {
			await page.mouse.wheel(0, (op >> 2) % 2 ? 240 : -240);
			if (op === 99) start = await heap(page);
		}
		result.heapGrowth = (await heap(page)) / start - 1;
	}
	await page.close();
	return result;
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

const sizes = process.env.BENCH_SIZES?.split(',').map(Number);
const kinds = process.env.BENCH_DATA?.split(',') as Kind[] | undefined;
const sets = DATA_SETS.filter(
	(set) => (sizes?.includes(set.n) ?? true) && (kinds?.includes(set.kind) ?? true)
);
const libraries = (process.env.BENCH_LIBRARIES?.split(',') ?? LIBRARIES) as Library[];
const partial = sets.length < DATA_SETS.length || libraries.length < LIBRARIES.length;

const loads = Number(process.env.BENCH_LOADS ?? 0);
/** Rounds of the embed's and the Timeline alone's loads in turn, in a full run. */
const PAIRED_ROUNDS = 5;
const baseline = process.env.BENCH_BASELINE;

const median = (xs: number[]) =>
	quantile(
		xs.toSorted((a, b) => a - b),
		0.5
	);

/** Each page's load on each set, `rounds` rounds taking turns (each round starts one page further along). */
async function loadsInTurn(browser: Browser, base: string, pages: Library[], rounds: number) {
	const bySet = new Map<DataSet, Map<Library, number[]>>();
	for (const set of sets) {
		const ms = new Map(pages.map((library) => [library, [] as number[]]));
		for (let round = 0; round < rounds; round++)
			for (let i = 0; i < pages.length; i++) {
				const library = pages[(i + round) % pages.length]!;
				const loaded = await load(browser, base, library, set);
				await loaded?.page.close();
				ms.get(library)!.push(loaded?.loadMs ?? NaN);
			}
		bySet.set(set, ms);
	}
	return bySet;
}

/** Round by round, `page`'s load over `first`'s. */
const ratiosOf = (ms: Map<Library, number[]>, page: Library, first: Library) =>
	ms.get(page)!.map((x, round) => x / ms.get(first)![round]!);

/** BENCH_LOADS: each page's load, `loads` rounds taking turns, and each one's ratio to the first page's. */
async function pairedLoads(browser: Browser, base: string) {
	const [first, ...others] = libraries;
	for (const [set, ms] of await loadsInTurn(browser, base, libraries, loads)) {
		console.log(`\n${setName(set)}, ${loads} rounds:`);
		for (const [library, each] of ms)
			console.log(`${library}: median ${f(median(each), 0)} ms (${each.map((x) => f(x, 0)).join(' ')})`);
		for (const library of others) {
			const ratios = ratiosOf(ms, library, first!);
			console.log(
				`${library} ÷ ${first}: median ${f(median(ratios), 2)} (${ratios.map((x) => f(x, 2)).join(' ')})`
			);
		}
	}
}

/**
 * `library` on `set`: vis-timeline once; nianbiao's pages FRAME_RUNS times, each a fresh load through the
 * script, their frame figures the medians of the runs' (load, heap and heap growth are the first run's).
 */
async function measured(browser: Browser, base: string, library: Library, set: DataSet): Promise<Result> {
	const first = await measure(browser, base, library, set);
	if (first.gaveUp || library === 'vis-timeline') return first;
	const runs = [first];
	while (runs.length < FRAME_RUNS) runs.push(await measure(browser, base, library, set, false));
	const middle = (key: 'p50' | 'p95' | 'max') => median(runs.map((run) => run[key]));
	return {
		...first,
		p50: middle('p50'),
		p95: middle('p95'),
		max: middle('max'),
		p95Runs: runs.map((run) => run.p95)
	};
}

const setName = ({ kind, n }: DataSet) => `${n.toLocaleString('en')}${kind === 'mixed' ? ' mixed' : ''}`;

/** `theirs ÷ ours`, or a lower bound when they gave up. */
function ratio(
	theirs: Result | undefined,
	ours: Result | undefined,
	key: 'loadMs' | 'p95' | 'max' | 'heapMb'
) {
	if (!theirs || !ours) return '–';
	if (theirs.gaveUp) return key === 'loadMs' ? `> ${f(theirs.loadMs / ours.loadMs)}×` : '–';
	return `${f(theirs[key] / ours[key])}×`;
}

async function main() {
	console.log('building the site…');
	sh('npx vite build --logLevel warn');
	const scripts = initialScripts(join(root, 'build'));
	const initialKb = scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
	console.log('building the bench page and data…');
	await buildHarness();
	writeData(join(tmp, 'data'), sets);

	const { server, url } = await serve({
		'/': join(tmp, 'harness'),
		'/data/': join(tmp, 'data'),
		'/vis/': join(root, 'bench/vis'),
		'/vis-timeline/': join(root, 'node_modules/vis-timeline'),
		'/site/': join(root, 'build'),
		...(baseline ? { '/baseline/': resolve(baseline) } : {})
	});
	const browser = await launchChromium();
	const results: Result[] = [];
	try {
		if (loads) return await pairedLoads(browser, url);
		for (const set of sets)
			for (const library of libraries) {
				process.stdout.write(`${library} ${setName(set)}… `);
				const result = await measured(browser, url, library, set);
				results.push(result);
				console.log(result.gaveUp ? 'gave up' : `load ${f(result.loadMs, 0)} ms, p95 ${f(result.p95)} ms`);
			}
		const rows = results.map((r) =>
			r.gaveUp
				? `| ${r.library} | ${setName(r.set)} | not drawn in ${f(r.loadMs / 1000, 0)} s | | | | | | | | |`
				: `| ${r.library} | ${setName(r.set)} | ${f(r.loadMs, 0)} | ${f(r.p50)} | ${f(r.p95)} | ${r.p95Runs?.map((x) => f(x)).join(', ') ?? ''} | ${f(r.max)} | ${f(r.intervalP95)} / ${f(r.intervalMax)} | ${r.frames} | ${f(r.heapMb)} | ${r.heapGrowth === undefined ? '' : `${f(r.heapGrowth * 100)}%`} |`
		);
		// One load each swings by half from run to run on this row; the goal is a ratio, so it is taken
		// from loads in turn, as the median of PAIRED_ROUNDS.
		const paired =
			libraries.includes('nianbiao') && libraries.includes('embed')
				? await loadsInTurn(browser, url, ['nianbiao', 'embed'], PAIRED_ROUNDS)
				: undefined;
		const ratios = sets.map((set) => {
			const of = (library: Library) => results.find((r) => r.set === set && r.library === library);
			const [alone, embed, vis] = [of('nianbiao'), of('embed'), of('vis-timeline')];
			const inTurn = paired?.get(set);
			return `| ${setName(set)} | ${inTurn ? f(median(ratiosOf(inTurn, 'embed', 'nianbiao')), 2) : '–'} | ${ratio(vis, embed, 'loadMs')} | ${ratio(vis, alone, 'loadMs')} | ${ratio(vis, alone, 'p95')} | ${ratio(vis, alone, 'max')} | ${ratio(vis, alone, 'heapMb')} |`;
		});
		const chromiumVersion = browser.version();
		const report = [
			'# Timeline benchmark',
			'',
			`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: headless Chromium ${chromiumVersion},`,
			`${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), viewport 1280×800. Events seeded over 1990-2026:`,
			'days, or mixed (days 40%, months 15%, years 10%, closed ranges 30%, open ranges 5%; one in ten',
			"approximate). nianbiao is the Timeline component alone on a bench-only page; embed is the site's",
			'`/embed?src=` fetching the same file (checked against the schema, as any `?src=` is), which fills the',
			"viewport's height (`fit=frame`, its default): 12 rows of marks against the Timeline's 6, so about 2.3×",
			"the marks in each frame (issue 13; at `&fit=content` its frames are within 10% of the Timeline's); vis-timeline",
			`8.5 runs with \`cluster: { maxItems: 1 }\` (given up on after ${VIS_PATIENCE_MS / 1000} s without a draw). Load: navigation to`,
			"the first interactive draw (`data-ready`, or vis-timeline's first `changed`), including fetching and",
			'parsing the same JSON. Frame: main-thread',
			"work per animation frame (from the frame's start, through input handlers and animation callbacks,",
			'to after it rendered) during 40 wheel zooms and 20 drags (8 moves each) sent through the real input',
			"pipeline; the frame interval is what the screen shows, vsync's 16.7 ms at best. Heap: used JS heap",
			'after a forced GC, after the script. Heap growth: after 1,000 further wheel zooms, against after',
			'the first 100. nianbiao and embed: frame figures are the medians of',
			`${FRAME_RUNS} runs, each a fresh load through the script (one run's p95 swings by a third between runs), each run's`,
			"p95 beside them; load, frames, heap and heap growth are the first run's. vis-timeline: one run.",
			'',
			'| page | events | load (ms) | p50 frame (ms) | p95 frame (ms) | p95 in each run (ms) | max frame (ms) | frame interval p95 / max (ms) | frames | heap (MB) | heap growth over 1,000 zooms |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			...rows,
			'',
			`Ratios (embed ÷ Timeline alone: the median, round by round, of ${PAIRED_ROUNDS} further loads of the two in turn;`,
			'lower is better, 1.25 at most is the goal. vis-timeline ÷ nianbiao, from the table above: higher is',
			'better for nianbiao):',
			'',
			'| events | embed ÷ alone, load | vis ÷ embed, load | vis ÷ alone, load | p95 frame | max frame | heap |',
			'| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			...ratios,
			'',
			`JavaScript \`/\` loads before the first interaction (gzip): **${f(initialKb)} KB** (budget ${BUDGET_KB} KB).`,
			'',
			'| file | gzip (KB) |',
			'| --- | ---: |',
			...scripts.map((s) => `| ${s.file} | ${f(s.gzip / 1024)} |`),
			''
		].join('\n');
		if (!partial) writeFileSync(join(root, 'bench/results.md'), report);
		console.log(`\n${report}`);
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
