/**
 * A picture, video or web page shown with an event (or an article's title), wherever it comes from: a
 * TimelineJS slide, a curation file, a data set given by `?src=`. The one check of a media address, used by
 * the schema and again by the component that shows it: only `https:` and `http:` addresses and inline
 * raster images (`data:image/png;base64,…`) are shown, and nothing of a media object is ever read as HTML.
 *
 * An inline SVG (`data:image/svg+xml`) is refused: an SVG can hold script, and although an `<img>` never
 * runs it, a data set's picture should be one nothing can turn into a document. A remote SVG by its
 * `https:` address is shown as an `<img>`, which runs no script.
 */

/** Characters of a `data:` address at most (5 MB, about 3.7 MB of image): a data set must stay loadable. */
export const MAX_INLINE_IMAGE = 5 * 1024 * 1024;

/** The inline images kept: raster formats, which hold no script. */
const INLINE = /^data:image\/(png|jpeg|gif|webp|avif);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type MediaKind = 'image' | 'video' | 'page';

/** Why `url` is not shown as media, in words that finish "<url> …", else null. */
export function mediaUrlProblem(url: string): string | null {
	if (/^data:/i.test(url)) {
		if (/^data:image\/svg\+xml[;,]/i.test(url))
			return 'is an SVG image written into the file (data:image/svg+xml), which can carry script: only PNG, JPEG, GIF, WebP and AVIF images are kept inline';
		const type = INLINE.exec(url);
		if (!type) return 'is a data: address that is not a base64 PNG, JPEG, GIF, WebP or AVIF image';
		if (url.length > MAX_INLINE_IMAGE)
			return `is an inline image of ${(url.length / 1024 / 1024).toFixed(1)} MB: inline images are kept up to ${MAX_INLINE_IMAGE / 1024 / 1024} MB (link to a larger one by its https: address)`;
		if (!BASE64.test(url.slice(type[0].length))) return 'is not a base64-encoded image';
		return null;
	}
	return linkProblem(url);
}

/** Why `url` is not a link a reader may follow (only `https:` and `http:`), in words that finish "<url> …". */
export function linkProblem(url: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'is not a web address (one starts with https://)';
	}
	return parsed.protocol === 'https:' || parsed.protocol === 'http:'
		? null
		: `is a ${parsed.protocol} address: only https: and http: addresses (and inline images) are shown`;
}

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const VIDEO_FILE = /\.(mp4|webm|ogv|mov)$/i;
const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com)$/i;

/**
 * What an address shows, read from its form as TimelineJS reads it: an image file (or an inline image) is
 * drawn, a video and anything else are links to follow. Call it on an address `mediaUrlProblem` accepts.
 */
export function mediaKind(url: string): MediaKind {
	if (/^data:/i.test(url)) return 'image';
	const { hostname, pathname } = new URL(url);
	if (IMAGE_FILE.test(pathname)) return 'image';
	if (VIDEO_FILE.test(pathname) || VIDEO_HOSTS.test(hostname)) return 'video';
	return 'page';
}
