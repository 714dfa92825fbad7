/**
 * Label widths without a DOM: the server lays out the first frame, and layout must not read the page.
 * The estimates err wide (CJK a full em, Latin letters 0.62 em) so that estimated boxes that do not
 * overlap never overlap on screen either (checked in the browser by e2e/timeline.test.ts).
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (code >= 0x2e80) ems += 1;
		else if (char === ' ') ems += 0.3;
		else if (/[0-9]/.test(char)) ems += 0.6;
		else if (/[.,:;'|il]/.test(char)) ems += 0.32;
		else if (/[A-Z]|[mw]/.test(char)) ems += 0.78;
		else ems += 0.62;
	}
	return ems * fontSize;
}

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
