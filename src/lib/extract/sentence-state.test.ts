import { describe, expect, it } from 'vitest';
import { recognizeEnglish } from './english/recognize';
import { normalize } from './normalize';
import { recognize } from './recognize';
import { place, type Context } from './resolve';
import * as rules from './sentence-state';
import type { SentenceState } from './sentence-state';

const june = { year: 2025, month: 6, day: 15 };

/** A short text's mentions by their quotes, each with what publication alone places it at. */
function read(text: string, english = false, published = june) {
	const normal = normalize(text);
	const mentions = english ? recognizeEnglish(normal) : recognize(text);
	const context: Context = english ? { published, sameYear: true } : { published };
	const at = (quote: string) => {
		const mention = mentions.find((m) => normal.slice(m.from, m.to) === normalize(quote));
		if (!mention) throw new Error(`no mention ${quote} in ${text}`);
		return { mention, placed: place(mention.value, context)! };
	};
	const opening = (at: number) => normal.slice(0, at);
	// The state after the sentence opened on its first date and each date named was placed, in order.
	const after = (...quotes: string[]): SentenceState => {
		let state = rules.openSentence(rules.PARAGRAPH_START, mentions[0]!.value, opening(mentions[0]!.from), {
			english,
			period: undefined
		});
		for (const quote of quotes) {
			const { mention, placed } = at(quote);
			state = rules.afterPlaced(state, mention, placed, { published, english, normal, openingOf: opening });
		}
		return state;
	};
	return { normal, at, after };
}

describe('fromNow and sinceYesterday: a close after what began today or yesterday lies ahead', () => {
	it('a close after 今起 lies ahead; without it, only its own words say so', () => {
		const { normal, at, after } = read('今起展出，展期至2月23日。');
		const close = at('2月23日').mention;
		expect(after('今').fromNow).toBe(true);
		expect(rules.looksAhead(after('今'), close, normal)).toBe(true);
		expect(rules.looksAhead(after(), close, normal)).toBe(close.ahead === true);
	});
	it('a close written 至…止 after 昨日 lies ahead; 截至…止, a count up to then, does not', () => {
		const running = read('展覽昨日開幕，展期至10月31日止。');
		expect(running.after('昨日').sinceYesterday).toBe(true);
		expect(running.after('昨日').fromNow).toBe(false);
		expect(rules.looksAhead(running.after('昨日'), running.at('10月31日').mention, running.normal)).toBe(
			true
		);
		const counted = read('展覽昨日開幕，截至10月31日止。');
		expect(rules.looksAhead(counted.after('昨日'), counted.at('10月31日').mention, counted.normal)).toBe(
			false
		);
	});
	it('a new sentence forgets both', () => {
		const { after, at } = read('今起展出。昨日開幕。');
		const opened = rules.openSentence(after('今', '昨日'), at('昨日').mention.value, '', {
			english: false,
			period: undefined
		});
		expect([opened.fromNow, opened.sinceYesterday]).toEqual([false, false]);
	});
});

describe('spanned and governs: under a span of years a month alone is a kind of month', () => {
	it('1958年至2023年，10月…: October of each year', () => {
		const { normal, at, after } = read('1958年至2023年，10月侵台的颱風共有24個。');
		const state = after('1958年至2023年');
		expect(state.spanned).toBe(at('1958年至2023年').mention.to);
		expect(rules.isKindOfMonth(state, at('10月').mention, normal, false)).toBe(true);
		expect(rules.isKindOfMonth(after(), at('10月').mention, normal, false)).toBe(false);
	});
	it('English: a span in a clause reaches no further than it; one opening the sentence governs it, days too', () => {
		const clause = read('Ice cover peaked in the 1990s, according to a report published in October.', true);
		const spanned = clause.after('1990s');
		expect(spanned.governs).toBe(false);
		expect(rules.isKindOfMonth(spanned, clause.at('October').mention, clause.normal, true)).toBe(false);
		const opener = read('Between 2010 and 2019, the lake never froze before December 12.', true);
		const governing = opener.after('Between 2010 and 2019');
		expect(governing.governs).toBe(true);
		expect(rules.isKindOfMonth(governing, opener.at('December 12').mention, opener.normal, true)).toBe(true);
	});
});

describe('listed: a festival listed after one still ahead follows it', () => {
	const december = { year: 2025, month: 12, day: 20 };
	it('元旦、春节: the Spring Festival after New Year is the next one', () => {
		const { normal, at, after } = read('元旦、春節假期期間，渡輪加班。', false, december);
		const state = after('元旦');
		expect(state.listed).toEqual({ to: at('元旦').mention.to, start: '2026-01-01' });
		const { mention, placed } = at('春節');
		expect(rules.followsListed(state, mention, placed, normal)).toBe(true);
		expect(rules.followsListed(rules.PARAGRAPH_START, mention, placed, normal)).toBe(false);
	});
	it('one placed on or after the festival before it already follows it (國慶節、中秋節)', () => {
		const { normal, at, after } = read('國慶節、中秋節假期，渡輪加班。', false, {
			year: 2025,
			month: 9,
			day: 20
		});
		const { mention, placed } = at('中秋節');
		expect(after('國慶節').listed?.start).toBe('2025-10-01');
		expect(rules.followsListed(after('國慶節'), mention, placed, normal)).toBe(false);
	});
	it('outlives its sentence, and the next date placed clears it', () => {
		const { at, after } = read('元旦、春節假期期間，5月1日照常。', false, december);
		const opened = rules.openSentence(after('元旦'), at('5月1日').mention.value, '', {
			english: false,
			period: undefined
		});
		expect(opened.listed).toBeDefined();
		expect(after('元旦', '5月1日').listed).toBeUndefined();
	});
});

describe('chronicle: English months alone go on a chronology the sentences before opened', () => {
	const next = (state: SentenceState, text: string) => {
		const mention = recognizeEnglish(normalize(text))[0]!;
		return {
			mention,
			state: rules.openSentence(state, mention.value, text.slice(0, mention.from), {
				english: true,
				period: undefined
			})
		};
	};
	it('In June 2019 opens one; In August goes on it, keeping the story year; alone, a month leaves it', () => {
		const june = next(rules.PARAGRAPH_START, 'In June 2019, it bought the depot.');
		expect(june.state.chronicle).toBe(true);
		const august = recognizeEnglish('In August, it opened.')[0]!;
		expect(rules.leavesStoryYear(june.state, august.value, true)).toBe(false);
		expect(next(june.state, 'In August, it opened.').state.chronicle).toBe(true);
		expect(rules.leavesStoryYear(rules.PARAGRAPH_START, august.value, true)).toBe(true);
		expect(rules.leavesStoryYear(rules.PARAGRAPH_START, august.value, false)).toBe(false);
	});
	it('a sentence whose date does not open it ends the chronology', () => {
		const june = next(rules.PARAGRAPH_START, 'In June 2019, it bought the depot.');
		expect(next(june.state, 'It said that in August it opened.').state.chronicle).toBe(false);
	});
});

describe('sentence: what the sentence stated, and the event a sentence 展览期间 speaks of', () => {
	const period = { end: { year: 2026, month: 5 }, quote: '2026年1月16日至5月3日' };
	it('展览期间 opens a sentence in the period’s year and month, closing on it', () => {
		const { at } = read('展览期间，3月2日至4日闭馆。');
		const value = at('3月2日至4日').mention.value;
		expect(
			rules.openSentence(rules.PARAGRAPH_START, value, '展览期间，', { english: false, period }).sentence
		).toEqual({
			year: { value: 2026, quote: period.quote },
			month: period.end,
			closes: true
		});
		expect(
			rules.openSentence(rules.PARAGRAPH_START, value, '春节期间，', { english: false, period }).sentence
		).toBeUndefined();
		expect(
			rules.openSentence(rules.PARAGRAPH_START, value, '展览期间，', { english: false, period: undefined })
				.sentence
		).toBeUndefined();
	});
	it('a year stated moves it; a day counted from publication names no year or month, and changes nothing', () => {
		const { at } = read('去年，展会于9月3日闭幕，今天重开。');
		const lastYear = at('去年');
		const noted = rules.noteStated(rules.PARAGRAPH_START, lastYear.mention, lastYear.placed, '去年');
		expect(noted.sentence?.year).toEqual({ value: 2024, quote: '去年', relative: true });
		const today = at('今天');
		expect(rules.noteStated(noted, today.mention, today.placed, '今天')).toBe(noted);
	});
});
