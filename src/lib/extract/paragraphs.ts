/**
 * An article file is one paragraph per non-empty line. Paragraph text is kept exactly as written
 * (no trimming, no normalization) so that every span the extractor reports points at the author's words.
 */
import type { Paragraph } from '../model/schema';

const SENTENCE_END = /[。!?!?;;::]$|[。!?!?]["”’」』)]$/u;
/** "(審核:…)" or "(责任编辑:…)": an editor's note in brackets on its own line. */
const BRACKETED = /^\s*[[((［【].*[\])）］】]\s*$/u;

export function splitParagraphs(source: string): string[] {
	return source.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
}

/** Where each paragraph of `splitParagraphs` starts in the source, so one pass over it can serve all. */
export function paragraphStarts(source: string): number[] {
	const starts: number[] = [];
	const line = /[^\r\n]*/gy;
	let at = 0;
	while (at <= source.length) {
		line.lastIndex = at;
		const text = line.exec(source)![0];
		if (text.trim() !== '') starts.push(at);
		at += text.length;
		at += source.startsWith('\r\n', at) ? 2 : 1;
	}
	return starts;
}

/**
 * The first line is the title unless it reads like prose; a short second line without sentence
 * punctuation is the byline; bracketed lines at the end are notes.
 */
export function classifyParagraphs(lines: string[]): Paragraph[] {
	let bodySeen = false;
	return lines.map((text, index) => {
		const kind = kindOf(text, index, lines.length, bodySeen);
		if (kind === 'body') bodySeen = true;
		return { index, kind, text };
	});
}

function kindOf(text: string, index: number, count: number, bodySeen: boolean): Paragraph['kind'] {
	const trimmed = text.trim();
	// Counting code points only when code units might exceed the limit (a code point is at most two units):
	// spreading every line is slow, and spreading a pasted megabyte line fills the heap.
	const short = trimmed.length <= 60 || (trimmed.length <= 120 && [...trimmed].length <= 60);
	if (BRACKETED.test(trimmed) && (index === count - 1 || bodySeen)) return 'note';
	if (index === 0 && short && !SENTENCE_END.test(trimmed) && count > 1) return 'title';
	if (!bodySeen && index <= 2 && short && !SENTENCE_END.test(trimmed) && index > 0) return 'byline';
	return 'body';
}
