/**
 * The ids that tie the text to everything that points into it. The article writes them; the card,
 * the lists, the print sheet and the reading position read them: all through these, never by string.
 */

/** A paragraph's element, and its `#fragment`. */
export const paragraphAnchor = (index: number) => `p-${index}`;

/** The words of an undated mention. */
export const wordsAnchor = (id: string) => `w-${id}`;

/** The paragraph an element with a `paragraphAnchor` id stands for. */
export const paragraphOfAnchor = (anchor: string) => Number(anchor.slice('p-'.length));
