/**
 * `npm run bench:small`: the common case, one article's six events, beside TimelineJS 3.9 and vis-timeline
 * 8.5 drawing the same events (the seed article's data set; TimelineJS gets nianbiao's own export of it),
 * on a desktop and on a phone profile (390×844, CPU slowed 4×), in the system Chromium, median of RUNS
 * navigations each. Per page: when the timeline is first on screen, when it answers input, the main
 * thread's long tasks (over 50 ms) up to 1.5 s after that, and every byte of JavaScript it loaded, lazy
 * parts included, gzipped. Prints a table and writes its section of bench/results.md (after bench/timeline.ts,
 * which writes the rest). A benchmark, not a test: it asserts nothing.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { toTimelineJs } from '../src/lib/formats/timelinejs';
import { loadArticle } from '../src/lib/server/articles';
import { launchChromium } from './browser';
import { serve } from './serve';
import { writeSection } from './section';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench/tmp/small');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARTICLE = 'cyberspace-shared-future';

interface Page {
	name: string;
	path: string;
	/** The marks of its timeline: on screen from the first paint when the HTML already holds them. */
	marks: string;
	/** Set beside the others as the harness's floor, not compared with nianbiao. */
	floor?: true;
}

const PAGES: Page[] = [
	{ name: 'nianbiao /embed', path: '/site/embed', marks: '[data-event-id]' },
	{ name: 'nianbiao / (reader)', path: '/site/', marks: '[data-event-id]' },
	{ name: 'TimelineJS 3.9', path: '/timelinejs-page/', marks: '.tl-timemarker' },
	{ name: 'vis-timeline 8.5', path: '/vis/?data=seed', marks: '.vis-item' },
	{ name: 'the article as plain text (floor)', path: '/floor/', marks: 'p', floor: true }
];

interface Profile {
	name: string;
	context: BrowserContextOptions;
	cpuSlowdown: number;
}

const PROFILES: Profile[] = [
	{ name: 'desktop', context: { viewport: { width: 1280, height: 800 } }, cpuSlowdown: 1 },
	{
		name: 'phone (4× slower CPU)',
		context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
		cpuSlowdown: 4
	}
];

/** In the page before its own scripts: first paint, long tasks, the moment it says it is ready. */
const PROBE = (marks: string) => `
	window.__probe = { longTasks: [], readyAt: null, drawnAt: null, markedAtParse: false, paint: null };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__probe.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') window.__probe.paint = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	document.addEventListener('DOMContentLoaded', () => {
		window.__probe.markedAtParse = document.querySelector(${JSON.stringify(marks)}) !== null;
	});
	new MutationObserver((records, observer) => {
		if (!records.some((r) => r.target.getAttribute?.('data-ready') === 'true')) return;
		observer.disconnect();
		window.__probe.readyAt = performance.now();
		requestAnimationFrame(() => setTimeout(() => (window.__probe.drawnAt = performance.now())));
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
`;

interface Probe {
	longTasks: [number, number][];
	readyAt: number;
	drawnAt: number;
	markedAtParse: boolean;
	paint: number | null;
}

interface Run {
	/** On screen: the first paint when the HTML holds the marks, else the frame after it says ready. */
	drawnMs: number;
	readyMs: number;
	longTaskTotal: number;
	longTaskMax: number;
	scriptGzip: number;
	scriptFiles: number;
}

async function visit(browser: Browser, base: string, page: Page, profile: Profile): Promise<Run> {
	const context = await browser.newContext(profile.context);
	const tab = await context.newPage();
	if (profile.cpuSlowdown > 1) {
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
	}
	// Their addresses only: the bodies are fetched again afterwards (a preloaded module's body is not always
	// kept by the browser for the debugging protocol).
	const scripts = new Set<string>();
	tab.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.add(request.url());
	});
	await tab.addInitScript(PROBE(page.marks));
	await tab.goto(base + page.path, { waitUntil: 'commit' });
	// Polled from here: the pages' Content-Security-Policy forbids the eval behind waitForFunction.
	const deadline = Date.now() + 60_000;
	while ((await tab.evaluate('window.__probe?.drawnAt ?? null')) === null) {
		if (Date.now() > deadline) throw new Error(`${page.name}: not drawn within 60 s`);
		await tab.waitForTimeout(25);
	}
	// Long enough for what loads when the browser is idle (nianbiao's zoom engine) to arrive and run.
	await tab.waitForTimeout(1500);
	const probe = (await tab.evaluate('window.__probe')) as Probe;
	const inline = (await tab.evaluate(
		'[...document.scripts].filter((s) => !s.src).map((s) => s.textContent)'
	)) as string[];
	await context.close();
	const fetched = await Promise.all(
		[...scripts].map(async (address) => Buffer.from(await (await fetch(address)).arrayBuffer()))
	);
	const bodies = [...fetched, ...inline.map((text) => Buffer.from(text))];
	const tasks = probe.longTasks.map(([, duration]) => duration);
	return {
		drawnMs: probe.markedAtParse && probe.paint !== null ? probe.paint : probe.drawnAt,
		readyMs: probe.readyAt,
		longTaskTotal: tasks.reduce((sum, d) => sum + d, 0),
		longTaskMax: Math.max(0, ...tasks),
		scriptGzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
		scriptFiles: scripts.size
	};
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const f = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The floor: the article's paragraphs in the site's font stack and nothing else, which says ready once
 * parsed. What a browser in this harness spends to paint the words at all (a cold renderer's first
 * layout of CJK text is its font lookups) is not the page's to save.
 */
function floorPage(dataset: ReturnType<typeof loadArticle>) {
	const paragraphs = dataset.paragraphs.map((p) => `<p>${escapeHtml(p.text)}</p>`).join('\n');
	return `<!doctype html><html lang="${dataset.article.language}"><meta charset="utf-8">
<style>body { font-family: system-ui, 'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif; max-width: 40rem; }</style>
<body>${paragraphs}<script>document.body.setAttribute('data-ready', 'true')</script></body></html>`;
}

function writeData() {
	mkdirSync(join(tmp, 'data'), { recursive: true });
	mkdirSync(join(tmp, 'floor'), { recursive: true });
	const dataset = loadArticle(ARTICLE);
	writeFileSync(join(tmp, 'data/seed.json'), JSON.stringify(dataset));
	writeFileSync(join(tmp, 'data/seed.timelinejs.json'), JSON.stringify(toTimelineJs(dataset)));
	writeFileSync(join(tmp, 'floor/index.html'), floorPage(dataset));
}

async function main() {
	if (!existsSync(join(root, 'build/embed.html'))) {
		console.log('building the site…');
		execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
	}
	writeData();
	const { server, url } = await serve({
		'/site/': join(root, 'build'),
		'/data/': join(tmp, 'data'),
		'/vis/': join(root, 'bench/vis'),
		'/vis-timeline/': join(root, 'node_modules/vis-timeline'),
		'/timelinejs-page/': join(root, 'bench/timelinejs'),
		'/timelinejs/': join(root, 'node_modules/@knight-lab/timelinejs'),
		'/floor/': join(tmp, 'floor')
	});
	const browser = await launchChromium();
	const rows: string[] = [];
	const ratios: string[] = [];
	let seedPage: Run | undefined;
	try {
		for (const profile of PROFILES) {
			const medians = new Map<string, Run>();
			for (const page of PAGES) {
				process.stdout.write(`${page.name}, ${profile.name}… `);
				const runs: Run[] = [];
				// One navigation first, not counted: the server's and the disk's caches warm up for every page alike.
				await visit(browser, url, page, profile);
				for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, url, page, profile));
				const pick = (key: keyof Run) => median(runs.map((run) => run[key]));
				const run: Run = {
					drawnMs: pick('drawnMs'),
					readyMs: pick('readyMs'),
					longTaskTotal: pick('longTaskTotal'),
					longTaskMax: pick('longTaskMax'),
					scriptGzip: pick('scriptGzip'),
					scriptFiles: pick('scriptFiles')
				};
				medians.set(page.name, run);
				if (page.path === '/site/' && profile === PROFILES[0]) seedPage = run;
				console.log(`drawn ${f(run.drawnMs)} ms, ready ${f(run.readyMs)} ms`);
				rows.push(
					`| ${page.name} | ${profile.name} | ${f(run.drawnMs)} | ${f(run.readyMs)} | ${f(run.longTaskTotal)} / ${f(run.longTaskMax)} | ${f(run.scriptGzip / 1024, 1)} (${run.scriptFiles}) |`
				);
			}
			const ours = medians.get(PAGES[0]!.name)!;
			for (const other of PAGES.slice(2).filter((page) => !page.floor)) {
				const theirs = medians.get(other.name)!;
				ratios.push(
					`| ${other.name} | ${profile.name} | ${f(theirs.drawnMs / ours.drawnMs, 1)}× | ${f(theirs.readyMs / ours.readyMs, 1)}× | ${f(theirs.scriptGzip / ours.scriptGzip, 2)}× |`
				);
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	const section = [
		'## Six events: nianbiao beside TimelineJS and vis-timeline',
		'',
		`Written by \`npm run bench:small\` on ${new Date().toISOString().slice(0, 10)}: the seed article's six events, median of ${RUNS}`,
		'navigations per page after one not counted. Desktop: 1280×800. Phone: 390×844 at 3× pixels, touch, the CPU',
		"slowed 4× (Chromium's throttling). Drawn: the timeline's marks first on screen (the first contentful paint",
		"when the page's HTML already holds them, as nianbiao's prerendered pages do; else the frame after the page",
		"says it is ready). Ready: nianbiao's `data-ready` (the first interactive draw), TimelineJS's `ready` event,",
		"vis-timeline's first `changed`. Long tasks: main-thread tasks over 50 ms from navigation to 1.5 s after",
		'ready (total / longest). JavaScript: every script the page loaded in that time, inline ones included, each',
		'gzipped, summed (files fetched). The floor: the same article as plain paragraphs in the same fonts, with',
		"no script but one line that says ready: what this harness's browser takes to paint its words at all.",
		'',
		'| page | profile | drawn (ms) | ready (ms) | long tasks total / longest (ms) | JavaScript (KB gzip, files) |',
		'| --- | --- | ---: | ---: | ---: | ---: |',
		...rows,
		'',
		'Other ÷ nianbiao `/embed` (above 1 is better for nianbiao):',
		'',
		'| library | profile | drawn | ready | JavaScript |',
		'| --- | --- | ---: | ---: | ---: |',
		...ratios,
		'',
		`The seed article's page \`/\` on the desktop: first interactive draw ${f(seedPage?.readyMs ?? NaN)} ms after`,
		`navigation (goal ≤ 500), main-thread tasks over 50 ms: ${f(seedPage?.longTaskTotal ?? NaN)} ms in all (goal: none); the row above.`,
		''
	].join('\n');
	if (RUNS >= 7) writeSection(section);
	console.log(`\n${section}`);
}

await main();
