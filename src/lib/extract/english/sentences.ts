/**
 * Where English sentences end: a full stop, question or exclamation mark after a word or a figure, and a
 * space or the end of the line. Abbreviations (`Nov.`, `Mr.`, `No.`) end no sentence.
 */
const END =
	/(?<=[a-z\d)"”'’])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Gen|Col|Lt|Jr|Sr|vs|etc|Inc|Ltd|Co|[A-Z]))[.!?]["”'’]?(?=\s|$)/g;

/** `[start, end)` of the sentence that holds `[from, to)` in `text`. */
export function sentenceAround(text: string, from: number, to = from): [number, number] {
	let start = 0;
	for (const end of text.matchAll(END)) {
		const stop = end.index + end[0].length;
		if (stop <= from) start = stop;
		else if (stop >= to) return [start, stop];
	}
	return [start, text.length];
}

/** The end of every sentence of `text`, in order, the last at the end of the text. */
export function sentenceEnds(text: string): number[] {
	const ends = Array.from(text.matchAll(END), (end) => end.index + end[0].length);
	return ends.at(-1) === text.length ? ends : [...ends, text.length];
}
