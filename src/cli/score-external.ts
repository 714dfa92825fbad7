/**
 * `npm run score:external`: span precision, recall and F1 of the extractor on Microsoft Recognizers-Text's
 * Chinese date specs (`../shared/external/recognizers-text-zh`, or `$NIANBIAO_RECOGNIZERS_DIR`). Each
 * case's input is extracted as a one-paragraph article published on its reference date; every span the
 * extractor reports (dated or not) is a prediction, and a prediction counts only if its span is exactly
 * the expected one. Cases marked NotSupported or NotSupportedByDesign are skipped. Exits 1 when the date
 * files score below the target, so the score cannot silently go down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../lib/extract';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = process.env.NIANBIAO_RECOGNIZERS_DIR ?? resolve(ROOT, '../shared/external/recognizers-text-zh');
const DATE_FILES = ['DateExtractor', 'DateParser', 'DatePeriodExtractor', 'DatePeriodParser'];
/** The model file mixes dates with times, durations and sets; only its date cases are scored, for information. */
const MODEL_FILE = 'DateTimeModel';
const DATE_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange']);
const TARGET = 0.92;

interface Case {
	Input: string;
	Context?: { ReferenceDateTime?: string };
	NotSupported?: string;
	NotSupportedByDesign?: string;
	Results?: { Start: number; End?: number; Length?: number; TypeName?: string }[];
}

interface Tally {
	cases: number;
	tp: number;
	fp: number;
	fn: number;
}

function spansOf(input: string, reference: string | undefined): Set<string> {
	const published = reference?.slice(0, 10);
	const data = extractArticle(input, published ? { published } : {});
	const offsets = new Map<number, number>();
	let at = 0;
	for (const line of input.split(/\r\n|\n|\r/)) {
		if (line.trim() !== '') offsets.set(offsets.size, at);
		at += line.length + 1;
	}
	return new Set(
		[...data.events, ...data.undated].map(({ paragraph, span }) => {
			const base = offsets.get(paragraph) ?? 0;
			return `${base + span[0]}:${base + span[1]}`;
		})
	);
}

function score(cases: Case[], keep: (c: Case) => boolean): Tally {
	const tally: Tally = { cases: 0, tp: 0, fp: 0, fn: 0 };
	for (const c of cases) {
		if (c.NotSupported || c.NotSupportedByDesign || !keep(c)) continue;
		tally.cases++;
		// `End` is the index of the last character: one more makes it end-exclusive like our spans.
		const gold = new Set(
			(c.Results ?? []).map(
				(r) => `${r.Start}:${r.End !== undefined ? r.End + 1 : r.Start + (r.Length ?? 0)}`
			)
		);
		const found = spansOf(c.Input, c.Context?.ReferenceDateTime);
		const hits = [...found].filter((span) => gold.has(span)).length;
		tally.tp += hits;
		tally.fp += found.size - hits;
		tally.fn += gold.size - hits;
	}
	return tally;
}

function line(name: string, t: Tally): string {
	const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
	const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
	const f = p + r ? (2 * p * r) / (p + r) : 0;
	return `${name.padEnd(28)} ${String(t.cases).padStart(5)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`;
}

function f1(t: Tally): number {
	return (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}

function load(name: string): Case[] {
	return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Case[];
}

if (!existsSync(DIR)) {
	process.stderr.write(`score:external: ${DIR} not found (set NIANBIAO_RECOGNIZERS_DIR)\n`);
	process.exit(2);
}
console.log(`${'file'.padEnd(28)} cases  prec.  recall F1`);
const total: Tally = { cases: 0, tp: 0, fp: 0, fn: 0 };
for (const name of DATE_FILES) {
	const tally = score(load(name), () => true);
	console.log(line(name, tally));
	for (const key of ['cases', 'tp', 'fp', 'fn'] as const) total[key] += tally[key];
}
console.log(line('date files (target)', total));
const model = score(load(MODEL_FILE), (c) =>
	(c.Results ?? []).every((r) => DATE_TYPES.has(r.TypeName ?? ''))
);
console.log(line(`${MODEL_FILE} (date cases)`, model));
const overall = f1(total);
console.log(
	overall >= TARGET
		? `span F1 ${overall.toFixed(3)} ≥ ${TARGET}`
		: `span F1 ${overall.toFixed(3)} < ${TARGET}: below target`
);
process.exitCode = overall >= TARGET ? 0 : 1;
