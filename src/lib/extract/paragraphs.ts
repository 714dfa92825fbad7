/**
 * An article file is one paragraph per non-empty line. Paragraph text is kept exactly as written
 * (no trimming, no normalization) so that every span the extractor reports points at the author's words.
 */
import type { Paragraph } from '../model/schema';

const SENTENCE_END = /[。!?!?;;::]$|[。!?!?]["”’」』)]$/u;
/** "(審核:…)" or "(责任编辑:…)": an editor's note in brackets on its own line. */
const BRACKETED = /^\s*[[((［【].*[\])）］】]\s*$/u;
/**
 * Photo captions, in either script and either width: `图为…`, `资料图：…` at the start, or a photo credit at the
 * end (`新华社记者林善传摄`, `赵明/摄`, `記者張育誠／攝影`, `（图／林家提供）`, `（主办方供图）`, `（图片来源：视觉中国）`, `（本报资料图）`, `（记者某某摄 113年8月16日）`,
 * `(Photo: Mark Dunn)`).
 * Read on the author's text: normalizing every paragraph for it would cost more than the rest of the
 * classification.
 */
const CAPTION_START = /^\s*[[(（【]?(?:[图圖][为為:：/／]|[上下左右题題][图圖]|[资資]料[图圖照])/u;
const CAPTION_CREDIT =
	/(?:(?<!拍)[摄攝]影?|[(（][^()（）]*(?:(?<!拍)[摄攝]|[图圖][/／:：]|[图圖]片|照片|[资資]料[图圖照]|提供|供[图圖])[^()（）]*[)）])\s*$/u;
/**
 * An English credit in brackets at the end: `(Photo: Mark Dunn)`, `(Photograph by Ana Ruiz/Reuters)`, and a wire
 * agency's, its name before a slash (`(AP Photo/Brian Otieno)`, `(AFP Photo/Ken Ito)`).
 */
const ENGLISH_CREDIT =
	/\((?:[A-Z]{2,5} )?(?:Photo(?:graph)?|Picture|Image)s?(?:(?: by|:) |\/)[^()]{1,80}\)\s*$/;
/**
 * An English credit without brackets after the caption's last sentence: `… on Sunday. Photograph: Tommy Dickson/Inpho`
 * (Irish and British papers). The credit is a name, so no sentence punctuation may follow it.
 */
const ENGLISH_TRAILING_CREDIT = /[.!?]["”’)]?\s+(?:Photo(?:graph)?|Picture|Image)s?:\s[^.!?:]{1,60}$/;
/** An English caption that says what it is first: `Picture: the mill from the east bank`, `Photo: …`, `Pictured: …`. */
const ENGLISH_CAPTION_START = /^\s*(?:Photo(?:graph)?s?|Pictures?|Pictured|Images?)\s?:\s/;
/** A caption holds one of these: most paragraphs are ruled out at once. */
const CAPTION_WORD = /[图圖摄攝照供]|Photo|Picture|Image/;
/** Longer than this, a paragraph ending with a credit is prose that happens to cite one. */
const CAPTION_MAX = 200;

/**
 * Calls `visit` with the start and end of every line of `source` (lines end at `\r\n`, `\n` or `\r`, as
 * `split(/\r\n|\n|\r/)` cuts them), the last included. Found by `indexOf`: a regular expression run over a
 * 10 MB text once to split it and once again to find where its lines start cost more than all of this.
 */
function eachLine(source: string, visit: (from: number, to: number) => void): void {
	let lf = source.indexOf('\n');
	let cr = source.indexOf('\r');
	for (let at = 0; ;) {
		if (lf !== -1 && lf < at) lf = source.indexOf('\n', at);
		if (cr !== -1 && cr < at) cr = source.indexOf('\r', at);
		const end = lf === -1 ? (cr === -1 ? source.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
		visit(at, end);
		if (end === source.length) return;
		at = end + (source.charCodeAt(end) === 0x0d && source.charCodeAt(end + 1) === 0x0a ? 2 : 1);
	}
}

export function splitParagraphs(source: string): string[] {
	const lines: string[] = [];
	eachLine(source, (from, to) => {
		const line = source.slice(from, to);
		if (line.trim() !== '') lines.push(line);
	});
	return lines;
}

/** Where each paragraph of `splitParagraphs` starts in the source, so one pass over it can serve all. */
export function paragraphStarts(source: string): number[] {
	const starts: number[] = [];
	eachLine(source, (from, to) => {
		if (source.slice(from, to).trim() !== '') starts.push(from);
	});
	return starts;
}

/**
 * The first line is the title unless it reads like prose; photo captions are told by their words; a short
 * second line without sentence punctuation is the byline; bracketed lines at the end are notes.
 */
export function classifyParagraphs(lines: string[]): Paragraph[] {
	let bodySeen = false;
	return lines.map((text, index) => {
		const kind = kindOf(text, index, lines.length, bodySeen);
		if (kind === 'body') bodySeen = true;
		return { index, kind, text };
	});
}

export function isCaption(text: string): boolean {
	if (text.length > CAPTION_MAX * 2 || !CAPTION_WORD.test(text)) return false;
	if (CAPTION_START.test(text) || ENGLISH_CAPTION_START.test(text)) return true;
	return (
		(CAPTION_CREDIT.test(text) || ENGLISH_CREDIT.test(text) || ENGLISH_TRAILING_CREDIT.test(text)) &&
		[...text].length <= CAPTION_MAX
	);
}

function kindOf(text: string, index: number, count: number, bodySeen: boolean): Paragraph['kind'] {
	const trimmed = text.trim();
	// Counting code points only when code units might exceed the limit (a code point is at most two units):
	// spreading every line is slow, and spreading a pasted megabyte line fills the heap.
	const short = trimmed.length <= 60 || (trimmed.length <= 120 && [...trimmed].length <= 60);
	if (index === 0 && short && !SENTENCE_END.test(trimmed) && count > 1) return 'title';
	if (isCaption(trimmed)) return 'caption';
	if (BRACKETED.test(trimmed) && (index === count - 1 || bodySeen)) return 'note';
	if (!bodySeen && index <= 2 && short && !SENTENCE_END.test(trimmed) && index > 0) return 'byline';
	return 'body';
}
