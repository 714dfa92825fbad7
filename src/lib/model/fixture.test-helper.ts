/** Data for the tests: an event dated by a year as written, and a small valid data set built with it. */
import type { Dataset, TimelineEvent } from '$lib/model/schema';

/**
 * An event dated by `year` as the text writes it ("2015年", the first five characters of paragraph 0);
 * `fields` replace any of that (the id, the title, another paragraph, an end).
 */
export function yearEvent(year: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id: `e-${year}`,
		start: year,
		precision: 'year',
		basis: 'explicit',
		derivation: [{ rule: 'explicit', date: year }],
		title: year,
		paragraph: 0,
		span: [0, 5],
		quote: `${year}年`,
		...fields
	};
}

/** A small, valid data set for the presenting and export tests: three precisions, a range, an HTML-ish title. */

export function sampleDataset(): Dataset {
	const paragraphs = [
		{ index: 0, kind: 'title' as const, text: '十年回顧' },
		{ index: 1, kind: 'body' as const, text: '2014年11月19日,首屆大會在烏鎮開幕。' },
		{ index: 2, kind: 'body' as const, text: '2015年,倡議提出;2016年至2018年持續推進,"<b>測試</b>"。' }
	];
	return {
		article: {
			title: '十年回顧',
			language: 'zh-Hant',
			published: '2025-11-11',
			source: 'https://example.org/a'
		},
		paragraphs,
		events: [
			{
				id: 'e-range',
				start: '2016',
				end: '2018',
				precision: 'year',
				basis: 'explicit',
				derivation: [
					{ rule: 'explicit', date: '2016' },
					{ rule: 'explicit', date: '2018' }
				],
				title: '持續推進, "<b>測試</b>"',
				paragraph: 2,
				span: [11, 22],
				quote: '2016年至2018年'
			},
			{
				id: 'e-day',
				start: '2014-11-19',
				precision: 'day',
				basis: 'explicit',
				derivation: [{ rule: 'as-written' }],
				title: '首屆大會在烏鎮開幕',
				paragraph: 1,
				span: [0, 11],
				quote: '2014年11月19日',
				titleEn: 'First conference opens in Wuzhen'
			},
			yearEvent('2015', { id: 'e-year', approximate: true, title: '=倡議提出', paragraph: 2 })
		],
		undated: []
	};
}
