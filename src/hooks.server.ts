import type { Handle } from '@sveltejs/kit';

/** The document's `lang` follows the article shown (its language), so screen readers pronounce it right. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang ?? 'zh-Hant')
	});
