import { describe, expect, it } from 'vitest';
import type { Paragraph } from '$lib/model/schema';
import { decodeShown, encodeShown, pageStarted, shownOnPage } from './shown-paragraphs';

const paragraphs: Paragraph[] = [
	{ index: 0, kind: 'title', text: '標題' },
	{ index: 1, kind: 'body', text: ' 2015年,某事 ' }
];

/** A page as ArticleText writes it: each paragraph's box, whose first element holds its words. */
const page = (texts: string[]) => ({
	getElementById: (id: string) => {
		const text = texts[Number(id.slice('p-'.length))];
		return (text === undefined ? null : { firstElementChild: { textContent: text } }) as HTMLElement | null;
	}
});

describe('shown paragraphs', () => {
	it('carries only the kinds of the paragraphs a page shows, and nothing else', () => {
		expect(encodeShown(shownOnPage(paragraphs))).toEqual(['title', 'body']);
		expect(encodeShown(paragraphs)).toBe(false);
		expect(encodeShown('body')).toBe(false);
		expect(encodeShown(null)).toBe(false);
	});

	it('leaves the paragraphs it was given unmarked', () => {
		shownOnPage(paragraphs);
		expect(encodeShown(paragraphs)).toBe(false);
	});

	it('reads the texts back from the page, untrimmed', () => {
		const kinds = encodeShown(shownOnPage(paragraphs)) as Paragraph['kind'][];
		expect(decodeShown(kinds, page(paragraphs.map((p) => p.text)))).toEqual(paragraphs);
	});

	it('says which paragraph the page lacks', () => {
		expect(() => decodeShown(['title', 'body'], page(['標題']))).toThrow(/Paragraph 1/);
	});

	it('refuses data decoded after the first page started, whose texts are not on screen', () => {
		pageStarted();
		expect(() => decodeShown(['title'], page(['another page']))).toThrow(/without loading it/);
	});
});
