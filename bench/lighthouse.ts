/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3, mobile preset (its default), on the built `/`, served
 * from build/ by the bench's static server, in the system Chromium. Prints each category's score and the
 * layout shift against issue 12's targets. Lighthouse is fetched by npx when this runs, not installed
 * with the project: it weighs more than the rest of the tooling, and only this benchmark needs it.
 * A benchmark, not a test: its figures move with the machine's load, so it asserts nothing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const root = resolve(import.meta.dirname, '..');
const TARGETS = { performance: 0.95, accessibility: 1, seo: 1 } as const;
const MAX_CLS = 0.05;

interface Report {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { numericValue?: number }>;
}

const { server, url } = await serve({ '/': join(root, 'build') });
const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
try {
	// Not execFileSync: the server runs in this process, and a blocked event loop never answers the page.
	const lighthouse = spawn(
		'npx',
		[
			'--yes',
			'lighthouse@12.2.3',
			`${url}/`,
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new --disable-dev-shm-usage ${CHROMIUM_ARGS.join(' ')}`,
			'--max-wait-for-load=30000',
			'--quiet'
		],
		{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } }
	);
	const [code] = await once(lighthouse, 'exit');
	if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
} finally {
	server.close();
}

const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
const row = (name: string, value: string, target: string, met: boolean) =>
	console.log(
		`${name.padEnd(16)} ${value.padStart(6)}   target ${target.padEnd(6)} ${met ? 'met' : 'NOT met'}`
	);
for (const [name, category] of Object.entries(report.categories)) {
	const score = category.score ?? 0;
	const target = TARGETS[name as keyof typeof TARGETS];
	row(
		name,
		(score * 100).toFixed(0),
		target === undefined ? '-' : `≥ ${target * 100}`,
		score >= (target ?? 0)
	);
}
// What the performance score is made of, to tell a slower page from a noisier run.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'];
console.log(
	METRICS.map((id) => `${id} ${(report.audits[id]?.numericValue ?? NaN).toFixed(0)} ms`).join(', ')
);
const cls = report.audits['cumulative-layout-shift']?.numericValue ?? NaN;
row('CLS', cls.toFixed(3), `≤ ${MAX_CLS}`, cls <= MAX_CLS);
