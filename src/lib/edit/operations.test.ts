import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { curateExtracted } from '$lib/extract/build';
import { extractArticle } from '$lib/extract';
import { CurationSchema, type Curation } from '$lib/model/curation';
import type { Dataset } from '$lib/model/schema';
import {
	add,
	merge,
	mergeable,
	redate,
	relink,
	remove,
	rename,
	setMedia,
	type EditState
} from './operations';

const text = [
	'世界網際網路大會',
	'2014年11月19日，首屆世界網際網路大會在烏鎮開幕。',
	'2015年12月，第二屆大會提出構建網路空間命運共同體。',
	'2016年11月，第三屆大會舉行。烏鎮從此成為大會的永久會址。'
].join('\n');
const extracted = extractArticle(text, { meta: { title: '世界網際網路大會', language: 'zh-Hant' } });
const [first, second, third] = extracted.events;

const start: EditState = { curation: {}, extracted, dataset: extracted };

/** The state after `curation`: it must build, and hold to the file's schema, as every edit's result must. */
function after(curation: Curation): EditState {
	expect(v.safeParse(CurationSchema, curation).success).toBe(true);
	const built = curateExtracted(extracted, curation);
	if (!built.ok) throw new Error(JSON.stringify(built.problems));
	return { curation, extracted, dataset: built.data };
}

const eventOf = (state: EditState, id: string) => state.dataset.events.find((event) => event.id === id);
const ids = (data: Dataset) => data.events.map((event) => event.id);
const words = (paragraph: number, quote: string) => {
	const from = extracted.paragraphs[paragraph]!.text.indexOf(quote);
	return { paragraph, span: [from, from + quote.length] as [number, number], quote };
};

describe('edits as curations', () => {
	it('renames an event with one entry, replaced when renamed again, gone when renamed back', () => {
		const once = after(rename(start, first!.id, '首屆大會'));
		const twice = after(rename(once, first!.id, '烏鎮峰會'));
		expect(twice.curation).toEqual({ rename: [{ event: first!.id, title: '烏鎮峰會' }] });
		expect(eventOf(twice, first!.id)).toMatchObject({ title: '烏鎮峰會' });
		expect(eventOf(twice, first!.id)!.derivation.at(-1)).toEqual({ rule: 'renamed' });
		expect(rename(twice, first!.id, first!.title)).toEqual({});
	});

	it('keeps an English title when the title is given back', () => {
		const state = after({ rename: [{ event: first!.id, title: 'x', titleEn: 'The first' }] });
		expect(rename(state, first!.id, first!.title)).toEqual({
			rename: [{ event: first!.id, titleEn: 'The first' }]
		});
	});

	it('redates an event, keeping its id, with an open end or a range, and back to what was extracted', () => {
		const open = after(
			redate(start, first!.id, { start: '2014-11', end: 'open', precision: 'month', approximate: true })
		);
		expect(eventOf(open, first!.id)).toMatchObject({
			start: '2014-11',
			end: 'open',
			approximate: true,
			basis: 'curated'
		});
		const range = after(redate(open, first!.id, { start: '2014', end: '2015', precision: 'year' }));
		expect(range.curation).toEqual({
			redate: [{ event: first!.id, start: '2014', end: '2015', precision: 'year' }]
		});
		// An end equal to its start is no range, and `approximate: false` is said by saying nothing.
		expect(
			redate(range, first!.id, { start: '2013', end: '2013', precision: 'year', approximate: false })
		).toEqual({ redate: [{ event: first!.id, start: '2013', precision: 'year' }] });
		expect(redate(range, first!.id, { start: first!.start, precision: first!.precision })).toEqual({});
	});

	it('relinks an event to other words of any paragraph, and back', () => {
		const moved = after(relink(start, second!.id, words(3, '烏鎮從此成為大會的永久會址')));
		expect(eventOf(moved, second!.id)).toMatchObject({ paragraph: 3, quote: '烏鎮從此成為大會的永久會址' });
		expect(eventOf(moved, second!.id)!.derivation.at(-1)).toEqual({ rule: 'relinked', quote: second!.quote });
		expect(relink(moved, second!.id, { paragraph: 2, span: second!.span, quote: second!.quote })).toEqual({});
	});

	it('removes an extracted event with a drop entry, forgetting what else was said of it', () => {
		const edited = after({
			rename: [{ event: first!.id, title: 'x' }],
			redate: [{ event: first!.id, start: '2013', precision: 'year' }],
			relink: [{ event: first!.id, ...words(1, '首屆') }]
		});
		const removed = after(remove(edited, first!.id));
		expect(removed.curation).toEqual({ drop: [{ event: first!.id }] });
		expect(ids(removed.dataset)).not.toContain(first!.id);
	});

	it('forgets the picture of an event removed or merged away (issue 15: media entries name events)', () => {
		const photo = { url: 'https://example.org/1.jpg' };
		const pictured = after({
			media: [
				{ event: first!.id, media: photo },
				{ event: second!.id, media: photo }
			]
		});
		expect(after(remove(pictured, first!.id)).curation.media).toEqual([{ event: second!.id, media: photo }]);
		expect(after(merge(pictured, [third!.id, second!.id])).curation.media).toEqual([
			{ event: first!.id, media: photo }
		]);
	});

	it('gives an event a picture in one entry, replaced when given another, gone when taken away', () => {
		const picture = { url: 'data:image/png;base64,iVBORw0KGgo=', caption: '開幕', alt: '會場' };
		const given = after(setMedia(start, first!.id, picture));
		expect(given.curation).toEqual({ media: [{ event: first!.id, media: picture }] });
		expect(eventOf(given, first!.id)!.media).toEqual(picture);
		const other = { url: 'https://example.org/2.jpg' };
		const twice = after(setMedia(after(setMedia(given, second!.id, other)), first!.id, other));
		expect(twice.curation.media).toEqual([
			{ event: first!.id, media: other },
			{ event: second!.id, media: other }
		]);
		expect(setMedia(given, first!.id, undefined)).toEqual({});
		// The event a merge keeps is named by its id, as any other.
		const merged = after(merge(start, [second!.id, third!.id]));
		const kept = after(setMedia(merged, second!.id, picture));
		expect(eventOf(kept, second!.id)!.media).toEqual(picture);
	});

	it('gives an added event its picture in its add entry, which keeps it when redated', () => {
		const entry = {
			...words(3, '烏鎮從此成為大會的永久會址'),
			start: '2016',
			precision: 'year',
			title: '會址'
		} as const;
		const added = after(add(start, entry));
		const made = added.dataset.events.find((event) => event.quote === entry.quote)!;
		const picture = { url: 'https://example.org/wuzhen.jpg', caption: '烏鎮' };
		const pictured = after(setMedia(added, made.id, picture));
		expect(pictured.curation).toEqual({ add: [{ ...entry, media: picture }] });
		const redated = after(redate(pictured, made.id, { start: '2016-11', precision: 'month' }));
		const moved = redated.dataset.events.find((event) => event.quote === entry.quote)!;
		expect(moved.media).toEqual(picture);
		expect(setMedia(redated, moved.id, undefined)).toEqual({
			add: [{ ...entry, start: '2016-11', precision: 'month' }]
		});
	});

	it('adds an event from words, then edits and removes it in its own entry', () => {
		const entry = {
			...words(3, '烏鎮從此成為大會的永久會址'),
			start: '2016',
			precision: 'year',
			title: '永久會址'
		} as const;
		const added = after(add(start, entry));
		const made = added.dataset.events.find((event) => event.quote === entry.quote)!;
		expect(made).toMatchObject({ basis: 'curated', start: '2016', title: '永久會址' });
		const renamed = after(rename(added, made.id, '烏鎮成為永久會址'));
		expect(renamed.curation).toEqual({ add: [{ ...entry, title: '烏鎮成為永久會址' }] });
		const redated = after(redate(renamed, made.id, { start: '2016-11', end: 'open', precision: 'month' }));
		expect(redated.curation.add).toEqual([
			{ ...entry, title: '烏鎮成為永久會址', start: '2016-11', end: 'open', precision: 'month' }
		]);
		// Its id follows its date; the edit still finds its entry.
		const now = redated.dataset.events.find((event) => event.quote === entry.quote)!;
		const relinked = after(relink(redated, now.id, words(3, '永久會址')));
		expect(relinked.curation.add![0]).toMatchObject({ quote: '永久會址' });
		const moved = relinked.dataset.events.find((event) => event.quote === '永久會址')!;
		expect(remove(relinked, moved.id)).toEqual({});
		expect(mergeable(relinked, moved.id)).toBe(false);
		expect(() => merge(relinked, [first!.id, moved.id])).toThrow(/cannot be merged/);
	});

	it('merges into the first, whose entry then holds its title and date; removing it removes them all', () => {
		const renamed = after(rename(start, third!.id, 'x'));
		const merged = after(merge(renamed, [second!.id, third!.id]));
		// The rename of an event merged away would name nothing.
		expect(merged.curation).toEqual({ merge: [{ events: [second!.id, third!.id] }] });
		expect(eventOf(merged, second!.id)).toMatchObject({ start: '2015-12', end: '2016-11', basis: 'curated' });
		const titled = after(rename(merged, second!.id, '第二、三屆'));
		const dated = after(redate(titled, second!.id, { start: '2015', end: '2016', precision: 'year' }));
		expect(dated.curation).toEqual({
			merge: [
				{
					events: [second!.id, third!.id],
					title: '第二、三屆',
					date: { start: '2015', end: '2016', precision: 'year' }
				}
			]
		});
		expect(eventOf(dated, second!.id)).toMatchObject({ title: '第二、三屆', start: '2015', end: '2016' });
		// Merging more widens it again and brings along what a merged event holds.
		const yearly = after(redate(dated, first!.id, { start: '2014', precision: 'year' }));
		const all = after(merge(after(merge(yearly, [first!.id, second!.id])), [first!.id]));
		expect(all.curation).toEqual({
			redate: [{ event: first!.id, start: '2014', precision: 'year' }],
			// Its parts are of month precision: the year range shown is the entry's to say.
			merge: [
				{
					events: [first!.id, second!.id, third!.id],
					date: { start: '2014', end: '2016', precision: 'year' }
				}
			]
		});
		expect(all.dataset.events).toMatchObject([{ id: first!.id, start: '2014', end: '2016' }]);
		const gone = after(remove(all, first!.id));
		expect(gone.curation).toEqual({ drop: [first!.id, second!.id, third!.id].map((event) => ({ event })) });
		expect(gone.dataset.events).toEqual([]);
	});

	it('merges events a redate has given the same precision', () => {
		const redated = after(redate(start, first!.id, { start: '2014', precision: 'year' }));
		const same = after(redate(redated, second!.id, { start: '2015', precision: 'year' }));
		const merged = after(merge(same, [first!.id, second!.id]));
		expect(eventOf(merged, first!.id)).toMatchObject({ start: '2014', end: '2015' });
	});
});
