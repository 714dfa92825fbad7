/**
 * What the address bar holds: `?event=<id>` (the selection), `?lang=` (the page's language) and
 * `?from=&to=` (the timeline's window). Links get shared and typed by hand, so anything unknown or malformed
 * falls back to its default without a word: a reader who follows a stale link still lands on a working page.
 * The offline file routes by hash, and there the query may also sit inside the hash, after the route
 * (`nianbiao.html#/present?speaker`): `queryOf` and `withQuery` read and write an address of either kind.
 */
import { LANGUAGES } from '$lib/model/constants';
import type { Language } from '$lib/model/schema';
import { DAY_MS, isIsoDate, periodEnd, periodStart, precisionOf, toIso } from '$lib/model/dates';
import { parseWindow, type TimeWindow } from '$lib/model/window';

export interface UrlState {
	event: string | null;
	lang: Language;
	view: TimeWindow | null;
}

export interface UrlContext {
	/** Only an id of this data set selects anything. */
	hasEvent: (id: string) => boolean;
	/** The article's own language, which the URL leaves out. */
	defaultLang: Language;
}

const KEYS = ['event', 'lang', 'from', 'to'] as const;

function isLanguage(value: string | null): value is Language {
	return (LANGUAGES as readonly (string | null)[]).includes(value);
}

/**
 * `2014`, `2014-11` or `2014-11-19` as a day. A partial `from` is its period's first day and a partial `to`
 * its last, so `?from=2014&to=2016` shows all of 2014 to 2016.
 */
function toDay(value: string | null, edge: 'from' | 'to'): string | null {
	if (!isIsoDate(value)) return null;
	if (precisionOf(value) === 'day') return value;
	return toIso(new Date(edge === 'from' ? periodStart(value) : periodEnd(value) - DAY_MS), 'day');
}

export function parseUrlState(params: URLSearchParams, context: UrlContext): UrlState {
	const event = params.get('event');
	const lang = params.get('lang');
	return {
		event: event !== null && context.hasEvent(event) ? event : null,
		lang: isLanguage(lang) ? lang : context.defaultLang,
		view: parseWindow(toDay(params.get('from'), 'from'), toDay(params.get('to'), 'to'))
	};
}

/**
 * The query string for `state`, keeping every parameter that is not ours (`?speaker`, a tracking tag) and
 * leaving defaults out, so the plain address stays plain.
 */
export function writeUrlState(params: URLSearchParams, state: UrlState, defaultLang: Language): string {
	const next = new URLSearchParams(params);
	for (const key of KEYS) next.delete(key);
	if (state.event !== null) next.set('event', state.event);
	if (state.lang !== defaultLang) next.set('lang', state.lang);
	if (state.view !== null) {
		next.set('from', state.view.from);
		next.set('to', state.view.to);
	}
	const query = next.toString();
	return query ? `?${query}` : '';
}

/** A hash that holds a route, as in the offline file: `#/present?speaker`, perhaps with an element's id after. */
const HASH_ROUTE = /^#(\/[^?#]*)(?:\?([^#]*))?(.*)$/;

/**
 * The address's query: the real one and the one inside a hash route, which `url.searchParams` does not
 * see; both count, the hash's last.
 */
export function queryOf(url: URL): URLSearchParams {
	const params = new URLSearchParams(url.search);
	const inHash = HASH_ROUTE.exec(url.hash)?.[2];
	if (inHash) for (const [key, value] of new URLSearchParams(inHash)) params.set(key, value);
	return params;
}

/**
 * `url` with `query` (as `writeUrlState` spells it) for its whole query. A hash-routed page keeps it in the
 * hash, after the route, and drops the real one, which `queryOf` folded in: left there, a parameter the new
 * query leaves out (no event selected) would come back from it on the next reading.
 */
export function withQuery(url: URL, query: string, hashRouted: boolean): URL {
	const next = new URL(url);
	if (!hashRouted) {
		next.search = query;
		return next;
	}
	const [, route = '/', , rest = ''] = HASH_ROUTE.exec(url.hash) ?? [];
	next.search = '';
	next.hash = `${route}${query}${rest}`;
	return next;
}
