import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { eventsToCsv } from './csv';

/** A minimal RFC 4180 reader, to check the writer against the rules rather than against itself. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && c === '"') quoted = false;
		else if (quoted) field += c;
		else if (c === '"') quoted = true;
		else if (c === ',') endField();
		else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else field += c;
	}
	return rows;
}

describe('CSV of events', () => {
	const csv = eventsToCsv(sampleDataset());
	const rows = parseCsv(csv.slice(1));

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
			parseCsv(eventsToCsv(sampleDataset(), lang).slice(1))
				.find((row) => row[0] === 'e-year')!
				.at(-1);
		expect(derivation('zh-Hant')).toBe('原文寫明2015年');
		expect(derivation('en')).toBe('written 2015');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		expect(rows[2]![5]).toBe("'=倡議提出");
	});
});
