import { describe, expect, it } from 'vitest';
import { yearEvent } from './fixture.test-helper';
import type { Dataset } from './schema';
import { describeProblems, validateDataset } from './validate';

function dataset(): Dataset {
	const text = '2015年,習近平主席在第二屆世界網際網路大會上提出理念。';
	return {
		article: { title: '標題', language: 'zh-Hant', published: '2025-11-11' },
		paragraphs: [{ index: 0, kind: 'body', text }],
		events: [
			yearEvent('2015', { id: 'e-1', title: '習近平主席提出理念' }),
			yearEvent('2014', {
				id: 'e-2',
				end: 'open',
				derivation: [{ rule: 'explicit', date: '2014' }, { rule: 'open' }],
				title: '連續舉辦',
				quote: '2015年'
			})
		],
		undated: [
			{ id: 'u-1', paragraph: 0, span: [11, 23], quote: text.slice(11, 23), title: '世界網際網路大會' }
		]
	};
}

const pathsOf = (input: unknown) => {
	const result = validateDataset(input);
	return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('validateDataset', () => {
	it('accepts a consistent data set, open ranges included', () => {
		expect(validateDataset(dataset())).toEqual({ ok: true, data: dataset() });
	});

	it('names the field of a structural error', () => {
		const data = dataset() as unknown as { article: { language: string } };
		data.article.language = 'fr';
		expect(pathsOf(data)).toEqual(['article.language']);
	});

	it('checks a derivation step by its rule, and keeps an older free-text derivation as a note', () => {
		const coded = dataset() as unknown as { events: { derivation: unknown }[] };
		coded.events[0]!.derivation = [{ rule: 'relative-year', word: '今年', base: 2025 }];
		expect(pathsOf(coded)).toEqual(['events.0.derivation.0.year']);
		coded.events[0]!.derivation = [{ rule: 'guessed' }];
		expect(pathsOf(coded)).toEqual(['events.0.derivation.0.rule']);
		// The step's schema is found by its rule; anything without one is still worded as the variant words it.
		for (const step of ['explicit', null]) {
			coded.events[0]!.derivation = [step];
			const result = validateDataset(coded);
			expect(result.ok || result.problems).toEqual([
				{ path: 'events.0.derivation.0', message: expect.stringContaining('Expected Object') }
			]);
		}
		coded.events[0]!.derivation = 'explicit year 2015';
		const kept = validateDataset(coded);
		expect(kept.ok && kept.data.events[0]!.derivation).toEqual([
			{ rule: 'note', text: 'explicit year 2015' }
		]);
	});

	it('rejects a quote that is not the text at its span', () => {
		const data = dataset();
		data.events[0]!.quote = '2016年';
		expect(pathsOf(data)).toEqual(['events.0.quote']);
	});

	it('rejects a span outside its paragraph, or a missing paragraph', () => {
		const data = dataset();
		data.events[0]!.span = [0, 999];
		data.undated[0]!.paragraph = 4;
		expect(pathsOf(data)).toEqual(['events.0.span', 'undated.0.paragraph']);
	});

	it('rejects a date whose form disagrees with its precision, and a range that runs backwards', () => {
		const data = dataset();
		data.events[0]!.start = '2015-11';
		data.events[1]!.end = '2013';
		expect(pathsOf(data)).toEqual(['events.0.start', 'events.1.end']);
	});

	it('rejects a span that cuts a character in two', () => {
		const data = dataset();
		data.paragraphs[0]!.text = `😀${data.paragraphs[0]!.text}`;
		data.undated[0] = { ...data.undated[0]!, span: [1, 3], quote: data.paragraphs[0]!.text.slice(1, 3) };
		expect(validateDataset(data)).toMatchObject({
			ok: false,
			problems: expect.arrayContaining([
				{ path: 'undated.0.span', message: expect.stringContaining('cuts the character "😀"') }
			])
		});
	});

	it('rejects text a page cannot show as written: a NUL, a lone surrogate', () => {
		const data = dataset();
		data.paragraphs[0]!.text += '\0';
		data.article.title = '標\ud800題';
		data.events[0]!.title = '\udfff';
		expect(pathsOf(data)).toEqual(['article.title', 'paragraphs.0.text', 'events.0.title']);
	});

	it('rejects ids used twice and paragraphs out of order', () => {
		const data = dataset();
		data.events[1]!.id = 'e-1';
		data.paragraphs[0]!.index = 3;
		expect(pathsOf(data)).toEqual(expect.arrayContaining(['events.1.id', 'paragraphs.0.index']));
	});

	it('accepts media, groups, times, display dates and eras, and names what is wrong with them', () => {
		const data = dataset();
		data.article.lead = 'Ten years in one page.';
		data.article.media = { url: 'https://example.org/cover.jpg', caption: 'The hall' };
		Object.assign(data.events[0]!, {
			group: 'Politics',
			displayDate: 'Winter 2015',
			media: {
				url: 'data:image/png;base64,iVBORw0KGgo=',
				caption: '<b>not markup</b>, text',
				credit: 'Photo: A. B.',
				link: 'https://example.org/photo'
			}
		});
		data.eras = [{ start: '2010', end: '2016-06', title: 'The first years' }];
		expect(validateDataset(data)).toEqual({ ok: true, data });

		const day = dataset();
		Object.assign(day.events[0]!, { start: '2015-12-16', precision: 'day', time: '09:30', endTime: '08:00' });
		expect(pathsOf(day)).toEqual(['events.0.endTime']);
		day.events[0]!.time = '25:00';
		expect(pathsOf(day)).toEqual(['events.0.time']);
		Object.assign(day.events[1]!, { time: '10:00' });
		day.events[0]!.time = '07:00';
		expect(pathsOf(day)).toEqual(['events.1.time']);

		const hostile = dataset();
		hostile.events[0]!.media = { url: 'javascript:alert(1)' };
		hostile.events[1]!.media = { url: 'https://example.org/x.jpg', link: 'data:text/html,x' };
		hostile.article.media = { url: 'data:image/svg+xml;base64,PHN2Zz4=' };
		hostile.eras = [{ start: '2016', end: '2015-12' }];
		const result = validateDataset(hostile);
		expect(result.ok ? [] : result.problems).toEqual([
			{ path: 'article.media.url', message: expect.stringMatching(/^is an SVG image/) },
			{ path: 'events.0.media.url', message: expect.stringMatching(/^is a javascript: address/) },
			{ path: 'events.1.media.link', message: expect.stringMatching(/^is a data: address/) }
		]);
		delete hostile.article.media;
		hostile.events.forEach((event) => delete event.media);
		expect(pathsOf(hostile)).toEqual(['eras.0.end']);
	});

	it('describes each problem on a line that names the file and the field', () => {
		expect(describeProblems('data/x.txt', [{ path: 'events.0.quote', message: 'differs' }])).toBe(
			'data/x.txt: events.0.quote: differs'
		);
	});
});
