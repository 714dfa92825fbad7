/**
 * `npm run bench`: nianbiao's timeline against vis-timeline 8.5 (clustering on), side by side, in the
 * system Chromium, on the same seeded data sets. Builds the site and a bench-only page that mounts the
 * Timeline alone, serves both, and measures: navigation to first interactive draw; frame times over a
 * fixed script of 40 wheel zooms and 20 drags; the JS heap after it; for nianbiao, the heap over
 * 1,000 zoom operations; and the JavaScript `/` loads before any interaction. Prints a table and
 * writes bench/results.md. A benchmark, not a test: it asserts nothing.
 *
 * While working on one case: BENCH_SIZES=10000 BENCH_LIBRARIES=nianbiao npm run bench (a partial run
 * prints its table but leaves bench/results.md alone).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { SIZES, writeData } from './data';
import { serve } from './serve';
import { BUDGET_KB, initialScripts } from './size';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp');

type Library = 'nianbiao' | 'vis-timeline';

interface Result {
	library: Library;
	n: number;
	loadMs: number;
	p50: number;
	p95: number;
	max: number;
	intervalP95: number;
	intervalMax: number;
	frames: number;
	heapMb: number;
	heapGrowth?: number;
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

/** 40 wheel zooms (in, then out) and 20 drags, interleaved, at fixed positions. */
async function script(page: Page, box: { x: number; y: number; width: number; height: number }) {
	let wheels = 0;
	for (let op = 0; op < 60; op++) {
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

async function measure(browser: Browser, base: string, library: Library, n: number): Promise<Result> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(READY);
	const path = library === 'nianbiao' ? `/?n=${n}` : `/vis/?n=${n}`;
	await page.goto(base + path, { waitUntil: 'commit' });
	await page.waitForSelector('[data-ready="true"]', { timeout: 180_000 });
	const loadMs = (await page.evaluate('window.__readyAt')) as number;
	const target = library === 'nianbiao' ? 'svg[data-timeline]' : '.vis-timeline';
	const box = (await page.locator(target).first().boundingBox())!;
	const timings = await frames(page, () => script(page, box));
	const sorted = timings.work.toSorted((a, b) => a - b);
	const intervals = timings.intervals.toSorted((a, b) => a - b);
	const result: Result = {
		library,
		n,
		loadMs,
		p50: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		max: sorted.at(-1) ?? NaN,
		intervalP95: quantile(intervals, 0.95),
		intervalMax: intervals.at(-1) ?? NaN,
		frames: sorted.length,
		heapMb: (await heap(page)) / 2 ** 20
	};
	if (library === 'nianbiao') {
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

async function loadOfSite(browser: Browser, base: string): Promise<number> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(READY);
	await page.goto(`${base}/site/`, { waitUntil: 'commit' });
	await page.waitForSelector('svg[data-timeline][data-ready="true"]', { timeout: 60_000 });
	const ms = (await page.evaluate('window.__readyAt')) as number;
	await page.close();
	return ms;
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

const sizes = process.env.BENCH_SIZES?.split(',').map(Number) ?? SIZES;
const libraries = (process.env.BENCH_LIBRARIES?.split(',') ?? ['nianbiao', 'vis-timeline']) as Library[];
const partial = sizes.length < SIZES.length || libraries.length < 2;

async function main() {
	console.log('building the site…');
	sh('npx vite build --logLevel warn');
	const scripts = initialScripts(join(root, 'build'));
	const initialKb = scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
	console.log('building the bench page and data…');
	await buildHarness();
	writeData(join(tmp, 'data'), sizes);

	const { server, url } = await serve({
		'/': join(tmp, 'harness'),
		'/data/': join(tmp, 'data'),
		'/vis/': join(root, 'bench/vis'),
		'/vis-timeline/': join(root, 'node_modules/vis-timeline'),
		'/site/': join(root, 'build')
	});
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		headless: true
	});
	const results: Result[] = [];
	try {
		const siteMs = await loadOfSite(browser, url);
		for (const n of sizes)
			for (const library of libraries) {
				process.stdout.write(`${library} ${n}… `);
				const result = await measure(browser, url, library, n);
				results.push(result);
				console.log(`load ${f(result.loadMs, 0)} ms, p95 ${f(result.p95)} ms`);
			}
		const rows = results.map(
			(r) =>
				`| ${r.library} | ${r.n.toLocaleString('en')} | ${f(r.loadMs, 0)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${f(r.intervalP95)} / ${f(r.intervalMax)} | ${r.frames} | ${f(r.heapMb)} | ${r.heapGrowth === undefined ? '' : `${f(r.heapGrowth * 100)}%`} |`
		);
		const ratios = sizes.map((n) => {
			const ours = results.find((r) => r.n === n && r.library === 'nianbiao');
			const theirs = results.find((r) => r.n === n && r.library === 'vis-timeline');
			if (!ours || !theirs) return `| ${n.toLocaleString('en')} | – | – | – | – |`;
			return `| ${n.toLocaleString('en')} | ${f(theirs.loadMs / ours.loadMs)}× | ${f(theirs.p95 / ours.p95)}× | ${f(theirs.max / ours.max)}× | ${f(theirs.heapMb / ours.heapMb)}× |`;
		});
		const chromiumVersion = browser.version();
		const report = [
			'# Timeline benchmark',
			'',
			`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: headless Chromium ${chromiumVersion},`,
			`${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), viewport 1280×800. Day-precision events, seeded, over`,
			'1990-2026. nianbiao is the Timeline component alone on a bench-only page; vis-timeline 8.5 runs with',
			'`cluster: { maxItems: 1 }`. Load: navigation to the first interactive draw (`data-ready`, or',
			"vis-timeline's first `changed`), including fetching and parsing the same JSON. Frame: main-thread",
			"work per animation frame (from the frame's start, through input handlers and animation callbacks,",
			'to after it rendered) during 40 wheel zooms and 20 drags (8 moves each) sent through the real input',
			"pipeline; the frame interval is what the screen shows, vsync's 16.7 ms at best. Heap: used JS heap",
			'after a forced GC, after the script. Heap growth: after 1,000 further wheel zooms, against after',
			'the first 100.',
			'',
			'| library | events | load (ms) | p50 frame (ms) | p95 frame (ms) | max frame (ms) | frame interval p95 / max (ms) | frames | heap (MB) | heap growth over 1,000 zooms |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			...rows,
			'',
			'vis-timeline ÷ nianbiao (higher is better for nianbiao):',
			'',
			'| events | load | p95 frame | max frame | heap |',
			'| ---: | ---: | ---: | ---: | ---: |',
			...ratios,
			'',
			`The seed article's page \`/\`: first interactive draw ${f(siteMs, 0)} ms after navigation.`,
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
