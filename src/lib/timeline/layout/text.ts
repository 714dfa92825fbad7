/**
 * Label widths without a DOM: the server lays out the first frame, and layout must not read the page.
 * The estimates err wide (CJK a full em, Latin letters 0.62 em) so that estimated boxes that do not
 * overlap never overlap on screen either (checked in the browser by e2e/timeline.test.ts).
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// A surrogate pair is one wide character: count it at its first half.
		if (code >= 0xdc00 && code <= 0xdfff) continue;
		if (code >= 0x2e80) ems += 1;
		else if (code === 32) ems += 0.3;
		else if (code >= 48 && code <= 57) ems += 0.6;
		else if (NARROW.includes(text[i]!)) ems += 0.32;
		else if ((code >= 65 && code <= 90) || code === 109 || code === 119) ems += 0.78;
		else ems += 0.62;
	}
	return ems * fontSize;
}

const NARROW = ".,:;'|il";

/** Cuts a title to at most `maxWidth` px, with an ellipsis when it had to cut. */
export function truncate(text: string, fontSize: number, maxWidth: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	let width = textWidth('…', fontSize);
	let out = '';
	for (const char of chars) {
		const next = textWidth(char, fontSize);
		if (width + next > maxWidth) break;
		width += next;
		out += char;
	}
	return `${out.trimEnd()}…`;
}
