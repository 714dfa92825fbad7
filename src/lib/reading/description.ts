/**
 * The page's meta description, which search engines and link previews show under its title: the
 * article's opening words, cut at a sentence or word end near 150 characters (about 75 CJK ones).
 */
import type { Dataset } from '$lib/model/schema';

const MAX_WIDTH = 150;

export function describeArticle(data: Dataset): string {
	const lead = data.paragraphs.find((paragraph) => paragraph.kind === 'body')?.text.trim() ?? '';
	let width = 0;
	let cut = 0;
	let sentenceEnd = 0;
	let wordEnd = 0;
	for (const char of lead) {
		// A CJK character takes the room of two Latin ones in a result line.
		width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? 2 : 1;
		if (width > MAX_WIDTH) break;
		cut += char.length;
		if (/[。！？.!?]/.test(char)) sentenceEnd = cut;
		if (/[；;，,、\s]/.test(char)) wordEnd = cut;
	}
	if (cut === lead.length) return lead;
	// A whole sentence reads best; a clause or a word will do; else the cut falls where the room ends.
	const end = [sentenceEnd, wordEnd].find((at) => at > cut / 2) ?? cut;
	return `${lead.slice(0, end).trimEnd()}…`;
}
