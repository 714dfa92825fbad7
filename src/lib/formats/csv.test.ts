import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { eventsToCsv } from './csv';
import { parseCsvStrictly } from './csv.test-helper';

describe('CSV of events', () => {
	const csv = eventsToCsv(sampleDataset());
	const rows = parseCsvStrictly(csv.slice(1));

	it('numbers paragraphs as the card does, from 1', () => {
		const column = rows[0]!.indexOf('paragraph');
		expect(rows.slice(1).map((row) => row[column])).toEqual(['2', '3', '3']);
	});

	it('starts with a BOM and a header, then one row per event in time order', () => {
		expect(csv.startsWith('\ufeffid,start,end,')).toBe(true);
		expect(rows.map((row) => row[0])).toEqual(['id', 'e-day', 'e-year', 'e-range']);
		expect(rows.every((row) => row.length === 10)).toBe(true);
	});

	it('keeps quotes, commas and HTML as literal text', () => {
		expect(rows[3]![5]).toBe('持續推進, "<b>測試</b>"');
		expect(rows[3]![2]).toBe('2018');
	});

	it('words the derivation in the interface language', () => {
		const derivation = (lang: 'zh-Hant' | 'en') =>
			parseCsvStrictly(eventsToCsv(sampleDataset(), lang).slice(1))
				.find((row) => row[0] === 'e-year')!
				.at(-1);
		expect(derivation('zh-Hant')).toBe('原文寫明2015年');
		expect(derivation('en')).toBe('written 2015');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(rows[2]![5]).toBe("'=倡議提出");
	});

	it('quotes every text cell and defuses formulas behind spaces, NUL and full-width signs', () => {
		// Issue 14: `x;=1+2;@SUM(9)` went out unquoted, and a spreadsheet splitting on `;` saw formulas.
		const cells: [string, string][] = [
			['x;=1+2;@SUM(9)', 'x;=1+2;@SUM(9)'],
			[' =1+2', "' =1+2"],
			['＝1+2', "'＝1+2"],
			['\0=1', "'\0=1"],
			['\u3000＋1', "'\u3000＋1"],
			['\t-1', "'\t-1"],
			['@x', "'@x"],
			['plain', 'plain']
		];
		const data = sampleDataset();
		data.events = cells.map(([title], i) => ({ ...data.events[0]!, id: `e-${i}`, title }));
		const csv = eventsToCsv(data);
		const written = parseCsvStrictly(csv.slice(1))
			.slice(1)
			.map((row) => row[5]);
		expect(written).toEqual(cells.map(([, cell]) => cell));
		for (const [, cell] of cells) expect(csv).toContain(`,"${cell}",`);
	});
});
