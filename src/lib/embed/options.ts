/**
 * The `/embed` URL parameters of its own. A deck author types these by hand, so every value is checked
 * and anything unknown or malformed falls back to its default: a typo must never cost a broken frame on
 * stage. `event`, `lang`, `from` and `to` mean what they mean on every page (`$lib/state/url`); `src`
 * is read as on `/present` (`$lib/source/route.svelte.ts`).
 */
import { httpUrl } from '$lib/source/address';
import { THEMES, type Theme } from '$lib/timeline/layout/types';

export interface EmbedOptions {
	/** Default null, which follows the viewer's `prefers-color-scheme`. */
	theme: Theme | null;
	/** Zoom buttons on the timeline. Default shown. */
	controls: boolean;
	/** The selected event's card under the timeline. Default shown. */
	card: boolean;
	/** The only origin whose messages are obeyed and to which replies go; default null, any. */
	origin: string | null;
	/**
	 * `frame` (default): the timeline fills the frame's height, with as many rows as fit. `content`: the
	 * page is as tall as its content, for hosts that size the frame to it (`nianbiao:height` messages).
	 */
	fit: 'frame' | 'content';
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	theme: null,
	controls: true,
	card: true,
	origin: null,
	fit: 'frame'
};

/** An http(s) origin as `URL.origin` spells it, or null. */
export function parseOrigin(value: string | null): string | null {
	return httpUrl(value)?.origin ?? null;
}

function flag(value: string | null, fallback: boolean): boolean {
	return value === '0' ? false : value === '1' ? true : fallback;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
	return list.find((item) => item === value) ?? null;
}

export function parseEmbedParams(params: URLSearchParams): EmbedOptions {
	return {
		theme: oneOf(THEMES, params.get('theme')),
		controls: flag(params.get('controls'), DEFAULT_EMBED_OPTIONS.controls),
		card: flag(params.get('card'), DEFAULT_EMBED_OPTIONS.card),
		origin: parseOrigin(params.get('origin')),
		fit: params.get('fit') === 'content' ? 'content' : 'frame'
	};
}
