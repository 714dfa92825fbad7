import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/validate';
import { extractArticle } from './index';

const DATA = join(process.cwd(), 'data');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');
const seed = read('cyberspace-shared-future.txt');
const seedMeta = JSON.parse(read('cyberspace-shared-future.meta.json'));

describe('extractArticle on the seed', () => {
	const data = extractArticle(seed, { meta: seedMeta });
	const at = (start: string, paragraph: number) =>
		data.events.filter((event) => event.start === start && event.paragraph === paragraph);

	it('passes validation', () => {
		expect(validateDataset(data)).toMatchObject({ ok: true });
	});
	it('holds the first conference (2014), an open range on the paragraph that states it', () => {
		expect(at('2014', 11)).toEqual([
			expect.objectContaining({ quote: '自2014年以來', end: 'open', basis: 'explicit' })
		]);
	});
	it('holds the proposal (2015)', () => {
		expect(at('2015', 2)).toEqual([expect.objectContaining({ quote: '2015年', basis: 'explicit' })]);
		expect(at('2015', 2)[0]!.title).toBe('習近平主席提出構建網路空間命運共同體理念');
	});
	it('holds the upgrade (2022)', () => {
		expect(at('2022', 11)).toEqual([expect.objectContaining({ quote: '2022年' })]);
		expect(at('2022', 11)[0]!.title).toContain('升級');
	});
	it('holds the twelfth summit (2025) and the ten years since 2015', () => {
		expect(at('2025', 3).map((event) => event.quote)).toEqual(['十年過去了', '2025年']);
		expect(at('2025', 3)[0]!.derivation).toEqual([{ rule: 'years-after', count: 10, quote: '2015年' }]);
	});
	it('holds the 2025 report, dated by 今年 from publication', () => {
		expect(at('2025', 11)).toEqual([expect.objectContaining({ quote: '今年', basis: 'relative' })]);
		expect(at('2025', 11)[0]!.derivation).toEqual([
			{ rule: 'relative-year', word: '今年', year: 2025, base: 2025 }
		]);
	});
	it('builds no event on a count or an idiom', () => {
		const quotes = data.events.map((event) => event.quote);
		for (const count of ['千年', '百年', '86', '300', '十二屆']) expect(quotes.join()).not.toContain(count);
		expect(data.events).toHaveLength(6);
	});
	it('lists named things without a date as undated', () => {
		const quotes = data.undated.map((mention) => mention.quote);
		expect(quotes).toContain('《全球數據安全倡議》');
		expect(quotes).toContain('聯合國網際網路治理論壇');
	});
	it('gives stable ids derived from content', () => {
		const again = extractArticle(seed, { meta: seedMeta });
		expect(again.events.map((e) => e.id)).toEqual(data.events.map((e) => e.id));
		const edited = extractArticle(seed.replace('當今世界', '當今的世界'), { meta: seedMeta });
		expect(edited.events.map((e) => e.id)).toEqual(data.events.map((e) => e.id));
	});
});

describe('extractArticle without a publication date', () => {
	it('never resolves against today: relative words stay undated', () => {
		const data = extractArticle(seed, { meta: { ...seedMeta, published: undefined } });
		expect(data.article.published).toBeUndefined();
		expect(data.events.some((event) => event.quote === '今年')).toBe(false);
		expect(data.undated.some((mention) => mention.quote === '今年')).toBe(true);
	});
	it('lets --published override the meta file', () => {
		const data = extractArticle(seed, { meta: seedMeta, published: '2026-01-02' });
		expect(data.events.find((event) => event.quote === '今年')?.start).toBe('2026');
	});
	it('takes no publication day the calendar lacks', () => {
		// Issue 14: 2025-02-30 resolved 今天 to 1 March while the derivation said 30 February.
		const data = extractArticle('标题\n今天大会开幕。', { published: '2025-02-30' });
		expect(data.article.published).toBeUndefined();
		expect(data.events).toEqual([]);
	});
	it('finds the publication date in a date line', () => {
		const data = extractArticle('标题\n发布时间:2024-03-05 10:00\n今年春节,各地举办活动。');
		expect(data.article.published).toBe('2024-03-05');
		expect(data.events).toEqual([
			expect.objectContaining({ quote: '今年春节', start: '2024-02-10', paragraph: 2 })
		]);
	});
});

describe('extractArticle on the second article', () => {
	const data = extractArticle(read('liangma-lantern-festival.txt'), {
		meta: JSON.parse(read('liangma-lantern-festival.meta.json'))
	});
	it('passes validation and dates days, evenings and festivals', () => {
		expect(validateDataset(data)).toMatchObject({ ok: true });
		const dated = data.events.map((event) => `${event.quote}=${event.start}`);
		expect(dated).toEqual([
			'11日=2014-02-11',
			'元宵节=2014-02-14',
			'2003年元宵节=2003-02-15',
			'2月17日=2014-02-17'
		]);
	});
	it('marks the photo captions, and takes no event from them, the byline or the dateline', () => {
		expect(data.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.index)).toEqual([2, 3]);
		expect(data.events.map((event) => event.paragraph)).toEqual([4, 4, 7, 7]);
		const dateline = data.paragraphs[4]!.text.indexOf('2月11日电');
		expect(
			data.events.some(
				(event) => event.paragraph === 4 && event.span[0] <= dateline + 5 && event.span[1] > dateline
			)
		).toBe(false);
	});
});

describe('extractArticle on captions and datelines', () => {
	const article = (body: string) => extractArticle(`标题\n${body}`, { published: '2024-05-09' });
	it('keeps a caption date that the text states nowhere else', () => {
		const data = article('5月8日，市民在公园赏花。 本报记者 陈立 摄\n公园今年的花期比往年早。');
		expect(data.paragraphs[1]!.kind).toBe('caption');
		expect(data.events.map((event) => event.quote)).toEqual(['5月8日', '今年']);
	});
	it('drops a caption date the text repeats', () => {
		const data = article('图为5月8日的公园。\n本报上海5月9日电 公园8日迎来客流高峰。');
		expect(data.events.map((event) => `${event.paragraph}:${event.quote}`)).toEqual(['2:8日']);
	});
	it('counts 今天 and 当天 from the dateline, and never makes the dateline an event', () => {
		const data = extractArticle('标题\n新华社上海5月8日电 今天，展会开幕。当天还举行了论坛。', {
			published: '2024-05-09'
		});
		expect(data.events.map((event) => `${event.quote}=${event.start}`)).toEqual([
			'今天=2024-05-08',
			'当天=2024-05-08'
		]);
	});
});

describe('editions', () => {
	it('dates an untied edition from two ties that agree, with basis edition', () => {
		const data = extractArticle(
			'标题\n2015年,第二届世界互联网大会举行。2025年第十二届世界互联网大会举行。第五届世界互联网大会发布报告。',
			{ published: '2025-11-11' }
		);
		expect(data.events.find((event) => event.basis === 'edition')).toMatchObject({
			start: '2018',
			quote: '第五届世界互联网大会'
		});
		expect(validateDataset(data).ok).toBe(true);
	});
	it('ties an edition to a date after it in the same sentence', () => {
		const data = extractArticle(
			'标题\n第十四届全运会于2021年9月15日开幕。第十五届全运会于2025年11月9日开幕。第十二届全运会在辽宁举行。',
			{ published: '2025-11-11' }
		);
		expect(data.events.find((event) => event.basis === 'edition')).toMatchObject({ start: '2013' });
	});
	it('leaves an edition undated when nothing ties its series to a year', () => {
		const data = extractArticle('标题\n第三届进博会开幕。', { published: '2020-11-05' });
		expect(data.events).toEqual([]);
		expect(data.undated.map((mention) => mention.quote)).toEqual(['第三届进博会']);
	});
});
