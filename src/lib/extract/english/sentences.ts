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
