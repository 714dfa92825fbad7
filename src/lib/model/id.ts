/**
 * Ids derived from content, so that a deep link (`?event=`) survives a rebuild, an edit elsewhere in the
 * article, or another extractor version that finds more events. FNV-1a is enough: ids only need to be
 * short and stable, and clashes within one article are resolved by `uniqueIds`.
 */

/** An event's or a mention's id: lowercase letters, digits and dashes, as `contentId` makes them. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** FNV-1a of `text`, going on from `hash`: hashing the parts one after another is hashing them joined. */
function fnv1a(hash: number, text: string): number {
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash;
}

const OFFSET_BASIS = 0x811c9dc5;
/** What stands between two parts (U+241F, a symbol no article writes), so that `a|bc` and `ab|c` differ. */
const SEPARATOR = '\u241f';

/** An id from the parts that make a thing what it is (its date, its words, the paragraph's words). */
export function contentId(prefix: string, ...parts: string[]): string {
	// Hashed part by part: joining them first copied a paragraph's words for every id made from them.
	let hash = OFFSET_BASIS;
	parts.forEach((part, i) => {
		if (i > 0) hash = fnv1a(hash, SEPARATOR);
		hash = fnv1a(hash, part);
	});
	return `${prefix}-${(hash >>> 0).toString(36).padStart(7, '0')}`;
}

/**
 * Suffixes repeated ids (`-2`, `-3`) in order, for things whose content is identical. A suffix never
 * lands on an id the list already holds (`a, a, a-2` gives `a, a-3, a-2`): ids are unique afterwards,
 * whatever the list held.
 */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
	const taken = new Set(items.map((item) => item.id));
	const counts = new Map<string, number>();
	return items.map((item) => {
		let count = counts.get(item.id);
		if (count === undefined) {
			counts.set(item.id, 1);
			return item;
		}
		let id: string;
		do id = `${item.id}-${++count}`;
		while (taken.has(id));
		counts.set(item.id, count);
		taken.add(id);
		return { ...item, id };
	});
}

/** What an id looks like (the schema's rule), for input that is checked without the schema: messages, scenes. */
export function isEventId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 100 && ID_PATTERN.test(value);
}
