/**
 * The matches `text.matchAll(pattern)` gives, found by trying the pattern only where a match can start.
 *
 * A pattern that opens with a look-behind or an optional word (`(?<![\d…])(?<lp>农历 ?)?…年`) is tried by the
 * regular-expression engine at every position of the text: on a whole article that was most of the cost of
 * reading its dates. But every match of such a pattern holds an anchor (`年` for a year, `月` for a month),
 * and what comes before its first anchor is made of the pattern's own characters only. So a match can start
 * only in the run of those characters just before an anchor, and the pattern is tried (sticky) there alone,
 * left to right, going on after each match as `matchAll` does: the same matches, in the same order.
 *
 * Valid for a pattern whose characters before the anchor are literal Han or punctuation, ASCII digits
 * (`\d`, `[1-4]`) and spaces: no `.`, no negated or `\s`/`\w`/`\p` class that consumes (in a look-around
 * they consume nothing and are fine).
 */

export interface Anchor {
	/** Finds the anchors (global): the engine's own scan for a class of characters is the fastest there is. */
	marks: RegExp;
	/** The code units that may stand in a match before its first anchor. */
	lead: Set<number>;
}

function units(text: string): Set<number> {
	const set = new Set<number>();
	for (let i = 0; i < text.length; i++) set.add(text.charCodeAt(i));
	return set;
}

/**
 * `anchors`: characters one of which every match holds. The lead characters are every character of
 * `source` (a superset of those before the anchor: a wider set costs a few more tries, never a match),
 * with the ASCII digits its classes name and the space.
 */
export function anchor(source: string, anchors: string): Anchor {
	return { marks: new RegExp(`[${anchors}]`, 'g'), lead: units(`${source}0123456789 `) };
}

/** `sticky`: the pattern with the `y` flag (and whatever other flags the `matchAll` one has). */
export function* anchoredMatches(
	text: string,
	sticky: RegExp,
	{ marks, lead }: Anchor
): Generator<RegExpExecArray> {
	// The first position not yet tried, and not inside the last match.
	let next = 0;
	marks.lastIndex = 0;
	for (let found = marks.exec(text); found; found = marks.exec(text)) {
		const at = found.index;
		if (at < next) continue;
		let start = at;
		while (start > next && lead.has(text.charCodeAt(start - 1))) start--;
		for (let from = start; from <= at && from < text.length;) {
			sticky.lastIndex = from;
			const match = sticky.exec(text);
			if (!match) {
				from++;
				continue;
			}
			yield match;
			// As `matchAll`: past the match, or one on when it is empty.
			from = match[0].length ? from + match[0].length : from + 1;
			next = from;
		}
		if (next <= at) next = at + 1;
	}
}

/**
 * The first match of `sticky` in `text`, as `exec` from the start finds it, for a pattern every match of which
 * begins with the literal `lead` (`在…上`): tried only where `lead` stands, found by `indexOf`. The engine
 * tries such a pattern at every unit otherwise, which for a `u` pattern is slow.
 */
export function firstLedMatch(text: string, lead: string, sticky: RegExp): RegExpExecArray | null {
	for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
		sticky.lastIndex = at;
		const match = sticky.exec(text);
		if (match) return match;
	}
	return null;
}
