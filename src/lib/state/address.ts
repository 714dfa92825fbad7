/**
 * Reads and writes the address bar (browser-only; `follow-address.svelte.ts` decides when). Each entry
 * carries its selection and window in `page.state`, so that Back and Forward restore them.
 */
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Language } from '$lib/model/schema';
import { parseUrlState, queryOf, withQuery, writeUrlState, type UrlContext, type UrlState } from './url';

/** The offline file routes by hash, and `resolve` spells its routes so (`#/present`). */
const hashRouted = resolve('/').includes('#');

export function readAddress(context: UrlContext): UrlState {
	return parseUrlState(queryOf(new URL(location.href)), context);
}

export function writeAddress(state: UrlState, defaultLang: Language, entry: 'push' | 'replace') {
	const here = new URL(location.href);
	const url = withQuery(here, writeUrlState(queryOf(here), state, defaultLang), hashRouted);
	if (url.href === here.href && entry === 'replace') return;
	const pageState = { event: state.event, window: state.view };
	try {
		// The page's own address with another query: there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (entry === 'push') pushState(url, pageState);
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(url, pageState);
	} catch {
		// A page opened from file:// (the offline copy) may not rewrite its address; the page works the same.
	}
}
