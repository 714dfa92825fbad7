import { describe, expect, it } from 'vitest';
import { displayName, newId, readRecord, RECORD_FORMAT, type TimelineRecord } from './record';

const record: TimelineRecord = {
	format: RECORD_FORMAT,
	id: 't-1',
	title: '十年回顧',
	text: '十年回顧\n2014年11月19日，開幕。',
	meta: { published: '2025-11-11' },
	curation: { drop: [{ event: 'e-x' }] },
	updated: 1_700_000_000_000
};

describe('a kept timeline as it comes back from storage', () => {
	it('is read whole when it is of this format and shape', () => {
		expect(readRecord(structuredClone(record))).toEqual({ ok: true, record });
	});

	it('of another format is reported as older or newer, with all it holds', () => {
		const old = { ...record, format: 0 };
		expect(readRecord(old)).toEqual({ ok: false, id: 't-1', reason: 'older', format: 0, raw: old });
		expect(readRecord({ ...record, format: 7 })).toMatchObject({ ok: false, reason: 'newer', format: 7 });
	});

	it('damaged is reported with what is wrong', () => {
		expect(readRecord({ ...record, meta: [] })).toMatchObject({
			ok: false,
			id: 't-1',
			reason: 'damaged',
			detail: expect.stringContaining('meta')
		});
		expect(readRecord('text')).toMatchObject({ ok: false, id: null, reason: 'damaged' });
		expect(readRecord({ id: 't-2' })).toMatchObject({
			ok: false,
			id: 't-2',
			reason: 'damaged',
			format: undefined
		});
	});

	it('goes by the name given it, else by its title', () => {
		expect(displayName(record)).toBe('十年回顧');
		expect(displayName({ ...record, name: ' 我的 ' })).toBe('我的');
		expect(displayName({ ...record, name: '  ' })).toBe('十年回顧');
	});

	it('gets an id no other record has', () => {
		const ids = new Set(Array.from({ length: 100 }, newId));
		expect(ids.size).toBe(100);
		for (const id of ids) expect(id).toMatch(/^t-[0-9a-f]{24}$/);
	});
});
