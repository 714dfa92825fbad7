/**
 * `npm run score:fixtures`: precision and recall of dated events on the fixtures with gold, Chinese
 * (src/lib/extract/fixtures) then English (src/lib/extract/english/fixtures), one line per fixture and the
 * pooled figures, then every miss and extra. Exits 1 below a set's target, or when an event overlaps a
 * non-date or anything else differs from the gold (publication date, language, captions, undated words).
 */
import { FIXTURE_SETS, pooled, scoreFixtures } from '../lib/extract/gold';
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
let failed = false;
for (const set of FIXTURE_SETS) {
	const scores = scoreFixtures(set.dir);
	console.log(`${`${set.name} (target ${set.target})`.padEnd(32)} gold found  prec.  recall`);
	for (const s of scores)
		console.log(
			`${s.name.padEnd(32)} ${String(s.expected).padStart(4)} ${String(s.found).padStart(5)}  ${ratio(s.matched, s.found)}  ${ratio(s.matched, s.expected)}`
		);
	const { precision, recall } = pooled(scores);
	console.log(`${'all'.padEnd(32)} ${' '.repeat(10)}  ${precision.toFixed(3)}  ${recall.toFixed(3)}`);
	if (precision < set.target || recall < set.target) failed = true;
	for (const s of scores) {
		for (const e of s.missed)
			console.log(`${s.name}: missed ${e.quote} ${e.start}${e.end ? `/${e.end}` : ''} ${e.precision}`);
		for (const e of s.extra)
			console.log(`${s.name}: extra  ${e.quote} ${e.start}${e.end ? `/${e.end}` : ''} ${e.precision}`);
		for (const words of s.nonDates) console.log(`${s.name}: non-date ${words}`);
		for (const problem of s.problems) console.log(`${s.name}: ${problem}`);
		if (s.nonDates.length || s.problems.length) failed = true;
	}
	console.log();
}
process.exitCode = failed ? 1 : 0;
