import { REACH } from '../sentences';

/**
 * Where English sentences end: a full stop, question or exclamation mark after a word or a figure, and a
 * space or the end of the line. Abbreviations (`Nov.`, `Mr.`, `No.`, `p.m.`) end no sentence.
 */
const END =
	/(?<=[a-z\d)"”'’])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Gen|Col|Lt|Jr|Sr|vs|etc|Inc|Ltd|Co|[A-Z]|[ap]\.m))[.!?]["”'’]?(?=\s|$)/g;

/** `END` for `sentenceAround` alone, which starts it where it likes (`lastIndex`). */
const END_FROM = new RegExp(END.source, 'g');

/**
 * `[start, end)` of the sentence that holds `[from, to)` in `text`, looked for `REACH` units either side:
 * scanning from the start of a long paragraph for each of its dates was quadratic.
 */
export function sentenceAround(text: string, from: number, to = from): [number, number] {
	// A search that starts mid-text still sees what lies before it (the lookbehinds): no end is misread.
	END_FROM.lastIndex = Math.max(0, from - REACH);
	const last = Math.min(text.length, to + REACH);
	let start = END_FROM.lastIndex;
	for (let end = END_FROM.exec(text); end && end.index < last; end = END_FROM.exec(text)) {
		const stop = end.index + end[0].length;
		if (stop <= from) start = stop;
		else if (stop >= to) return [start, stop];
	}
	return [start, last];
}

/** The end of every sentence of `text`, in order, the last at the end of the text. */
export function sentenceEnds(text: string): number[] {
	const ends = Array.from(text.matchAll(END), (end) => end.index + end[0].length);
	return ends.at(-1) === text.length ? ends : [...ends, text.length];
}
