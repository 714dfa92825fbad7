/**
 * The `/embed` URL parameters of its own. A deck author types these by hand, so every value is checked
 * and anything unknown or malformed falls back to its default: a typo must never cost a broken frame on
 * stage. `event`, `lang`, `from` and `to` mean what they mean on every page (`$lib/state/url`).
 */
import { isIsoDay } from '$lib/model/days';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	/** URL of another data set, as given (checked when fetched); null shows the article the page was built with. */
	src: string | null;
	/** Default null, which follows the viewer's `prefers-color-scheme`. */
	theme: Theme | null;
	/** Zoom buttons on the timeline. Default shown. */
	controls: boolean;
	/** The selected event's card under the timeline. Default shown. */
	card: boolean;
	/** The only origin whose messages are obeyed and to which replies go; default null, any. */
	origin: string | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	src: null,
	theme: null,
	controls: true,
	card: true,
	origin: null
};

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function isEventId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 100 && ID.test(value);
}

/** `from` < `to`, both real days written out (as messages carry them); anything else is no window. */
export function parseWindow(from: unknown, to: unknown): { from: string; to: string } | null {
	return isIsoDay(from) && isIsoDay(to) && from < to ? { from, to } : null;
}

/** An http(s) origin as `URL.origin` spells it, or null. */
export function parseOrigin(value: string | null): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
	} catch {
		return null;
	}
}

/**
 * An address (`?src=`, `?story=`) resolved against the page, or as given when it is no address at all.
 * Never dropped: one the frame cannot fetch (`javascript:`, `data:`, `file:`) is said to be so when it is
 * fetched (`source.ts`), since a frame that silently shows another data set misleads.
 */
export function resolveAddress(value: string, base: string): string {
	try {
		return new URL(value, base).href;
	} catch {
		return value;
	}
}

function flag(value: string | null, fallback: boolean): boolean {
	return value === '0' ? false : value === '1' ? true : fallback;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
	return list.find((item) => item === value) ?? null;
}

/** `base` resolves a relative `src` (the page's own URL). */
export function parseEmbedParams(params: URLSearchParams, base: string): EmbedOptions {
	return {
		src: params.get('src') ? resolveAddress(params.get('src')!, base) : null,
		theme: oneOf(THEMES, params.get('theme')),
		controls: flag(params.get('controls'), DEFAULT_EMBED_OPTIONS.controls),
		card: flag(params.get('card'), DEFAULT_EMBED_OPTIONS.card),
		origin: parseOrigin(params.get('origin'))
	};
}
