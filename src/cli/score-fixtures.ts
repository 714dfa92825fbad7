/**
 * `npm run score:fixtures`: precision and recall of dated events on the fixtures with gold
 * (src/lib/extract/fixtures), one line per fixture and the pooled figures, then every miss and extra.
 * Exits 1 below the target, or when an event overlaps a non-date or the publication date or captions differ.
 */
import { pooled, scoreFixtures } from '../lib/extract/gold';

const TARGET = 0.95;
const scores = scoreFixtures();
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
console.log(`${'fixture'.padEnd(32)} gold found  prec.  recall`);
for (const s of scores)
	console.log(
		`${s.name.padEnd(32)} ${String(s.expected).padStart(4)} ${String(s.found).padStart(5)}  ${ratio(s.matched, s.found)}  ${ratio(s.matched, s.expected)}`
	);
const { precision, recall } = pooled(scores);
console.log(`${'all'.padEnd(32)} ${' '.repeat(10)}  ${precision.toFixed(3)}  ${recall.toFixed(3)}`);
let failed = precision < TARGET || recall < TARGET;
for (const s of scores) {
	for (const e of s.missed)
		console.log(`${s.name}: missed ${e.quote} ${e.start}${e.end ? `/${e.end}` : ''} ${e.precision}`);
	for (const e of s.extra)
		console.log(`${s.name}: extra  ${e.quote} ${e.start}${e.end ? `/${e.end}` : ''} ${e.precision}`);
	for (const words of s.nonDates) console.log(`${s.name}: non-date ${words}`);
	for (const problem of s.problems) console.log(`${s.name}: ${problem}`);
	if (s.nonDates.length || s.problems.length) failed = true;
}
process.exitCode = failed ? 1 : 0;
