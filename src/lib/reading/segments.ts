/**
 * Cuts a paragraph's text into plain runs and marked runs, so the page can wrap each dated expression in
 * `<mark>` while rendering everything as text (never as HTML).
 */
export interface Mark {
	id: string;
	span: [number, number];
	/** `event` for a dated expression, `undated` for a named thing with no date. */
	kind: 'event' | 'undated';
}

export type Segment = { text: string; mark?: undefined } | { text: string; mark: Mark };

/** Overlapping marks cannot both be wrapped; the earlier (then the longer) one wins. */
export function segmentParagraph(text: string, marks: Mark[]): Segment[] {
	const ordered = [...marks].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
	const segments: Segment[] = [];
	let at = 0;
	for (const mark of ordered) {
		const [from, to] = mark.span;
		if (from < at || to > text.length || from >= to) continue;
		if (from > at) segments.push({ text: text.slice(at, from) });
		segments.push({ text: text.slice(from, to), mark });
		at = to;
	}
	if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
	return segments;
}

/** Every event and undated mention as a mark, grouped by the paragraph it points into. */
export function marksByParagraph(data: {
	events: { id: string; paragraph: number; span: [number, number] }[];
	undated: { id: string; paragraph: number; span: [number, number] }[];
}): Map<number, Mark[]> {
	const grouped = new Map<number, Mark[]>();
	const add = (paragraph: number, mark: Mark) =>
		grouped.set(paragraph, [...(grouped.get(paragraph) ?? []), mark]);
	for (const e of data.events) add(e.paragraph, { id: e.id, span: e.span, kind: 'event' });
	for (const u of data.undated) add(u.paragraph, { id: u.id, span: u.span, kind: 'undated' });
	return grouped;
}
