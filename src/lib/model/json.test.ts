import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, parseJson, sameJson } from './json';

describe('duplicateKeys', () => {
	it('names a key given twice by its path and both lines', () => {
		const text = '{\n "rename": [\n  {"event": "e-1", "title": "a",\n   "title": "b"}\n ],\n "drop": []\n}';
		expect(duplicateKeys(text)).toEqual([
			{ path: 'rename.0.title', message: expect.stringContaining('lines 3 and 4') }
		]);
	});
	it('reads keys as JSON does: escapes, nesting, keys that look like values', () => {
		expect(duplicateKeys('{"a": {"b": 1}, "\\u0061": 2}').map((p) => p.path)).toEqual(['a']);
		expect(duplicateKeys('{"a": "a", "b": ["a", "a"], "c": {"a": 1}, "d": {"a": 1}}')).toEqual([]);
		expect(duplicateKeys('[{"x": "\\"", "x": 1}, {"x": 2}]').map((p) => p.path)).toEqual(['0.x']);
		expect(duplicateKeys('{"a": [[1, {"k": 1, "k": 2}]]}').map((p) => p.path)).toEqual(['a.0.1.k']);
	});
	it('finds nothing in JSON written from any value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(duplicateKeys(JSON.stringify(value, null, 1))).toEqual([]);
			}),
			{ seed: 14, numRuns: 500 }
		);
	});
	it('finds a key repeated anywhere in JSON written from any object', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (object) => {
				const text = JSON.stringify(object);
				const [key, value] = Object.entries(object)[0]!;
				const repeated = `${text.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;
				expect(duplicateKeys(repeated).map((p) => p.path)).toEqual([key]);
			}),
			{ seed: 14, numRuns: 300 }
		);
	});
});

describe('parseJson', () => {
	it('reads JSON behind a byte-order mark, which JSON.parse refuses', () => {
		expect(parseJson('\ufeff{"title": "x"}')).toEqual({ ok: true, value: { title: 'x' } });
	});
	it('says what is wrong', () => {
		expect(parseJson('{"title": ')).toMatchObject({ ok: false, problems: [{ path: '(file)' }] });
		expect(parseJson('{"title": "a", "title": "b"}')).toMatchObject({
			ok: false,
			problems: [{ path: 'title' }]
		});
	});
});

describe('sameJson', () => {
	it('holds for any JSON value and its copy', () => {
		fc.assert(fc.property(fc.jsonValue(), (value) => sameJson(value, JSON.parse(JSON.stringify(value)))));
	});
	it('tells a key dropped or added, a value changed, an array from an object', () => {
		expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
		expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
		expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameJson({ d: 'as written' }, { d: [{ rule: 'note', text: 'as written' }] })).toBe(false);
		expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
		expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
		expect(sameJson(null, {})).toBe(false);
	});
});
