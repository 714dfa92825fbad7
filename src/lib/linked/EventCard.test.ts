import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventCaption from '$lib/present/EventCaption.svelte';
import type { TimelineEvent } from '$lib/model/schema';
import EventCard from './EventCard.svelte';

const event = (title: string, quote: string): TimelineEvent => ({
	id: 'e-0123456789',
	start: '1835-11-30',
	precision: 'day',
	basis: 'curated',
	derivation: [{ rule: 'timelinejs', date: '1835-11-30' }],
	title,
	paragraph: 1,
	span: [0, quote.length],
	quote
});

const card = (e: TimelineEvent) =>
	render(EventCard, { props: { event: e, lang: 'en', textLang: 'en' } }).body;
const caption = (e: TimelineEvent) =>
	render(EventCaption, { props: { event: e, lang: 'en', paragraph: e.quote, textLang: 'en' } }).body;
const times = (html: string, words: string) => html.split(words).length - 1;

describe('a TimelineJS slide with only a headline (issue 15)', () => {
	it('says its headline once in the card and on the stage', () => {
		const only = event('Mark Twain is born', 'Mark Twain is born');
		expect(times(card(only), 'Mark Twain is born')).toBe(1);
		expect(card(only)).not.toContain('<blockquote');
		expect(times(caption(only), 'Mark Twain is born')).toBe(1);
		expect(caption(only)).not.toContain('<blockquote');
	});

	it('still shows the words of a slide that has text of its own', () => {
		const told = event('Born', 'Samuel Clemens is born in Florida, Missouri.');
		expect(card(told)).toContain('<blockquote');
		expect(card(told)).toContain('Samuel Clemens is born');
		expect(caption(told)).toMatch(/<mark[^>]*>Samuel Clemens is born in Florida, Missouri.<\/mark>/);
	});
});
