import type { Transport } from '@sveltejs/kit';
import { decodeShown, encodeShown } from '$lib/reading/shown-paragraphs';

/** Types the page's data carries in a form of their own between the server and the browser. */
export const transport: Transport = {
	ShownParagraphs: { encode: encodeShown, decode: (kinds) => decodeShown(kinds) }
};
