/**
 * The reading page's address follows its view state, in one place: each new selection is a new history
 * entry; the window and the language replace the entry in place; Back and Forward restore an entry's
 * selection in exactly the window it had. The address is read once the page runs (it is prerendered
 * once for every query), and the code that parses and writes it loads then, not with the first frame.
 */
import { onMount, untrack } from 'svelte';
import { page } from '$app/state';
import { sameWindow, type TimeWindow } from '$lib/model/window';
import type { UrlContext } from './url';
import type { ViewState } from './view.svelte';

export function followAddress(view: ViewState, context: UrlContext) {
	let address = $state.raw<typeof import('./address') | null>(null);
	/** What the address asked for on arrival: the entry before any this page pushed. */
	let arrival: { event: string | null; window: TimeWindow | null } = { event: null, window: null };
	/** The selection the address last carried: a newer one is a new entry. */
	let written = 0;

	onMount(() => {
		void import('./address').then((module) => {
			const asked = module.readAddress(context);
			arrival = { event: asked.event, window: asked.view };
			view.lang = asked.lang;
			if (asked.view) view.restore(asked.event, asked.view, 'address', false);
			else if (asked.event) view.select(asked.event, 'address');
			written = view.selection.n;
			address = module;
		});
	});

	// Back and Forward: SvelteKit sets `page.state` to the entry's, and the view becomes the entry's. (The
	// page's own writes set it too, to what the view already is.)
	$effect(() => {
		const entry = page.state.event === undefined ? arrival : page.state;
		if (!address) return;
		const event = entry.event ?? null;
		const window = entry.window ?? null;
		untrack(() => {
			if (event !== view.selected || !sameWindow(window, view.window)) view.restore(event, window, 'history');
		});
	});

	$effect(() => {
		const { selection, window, lang } = view;
		if (!address) return;
		const entry =
			selection.n !== written && selection.origin !== 'history' && selection.origin !== 'address'
				? 'push'
				: 'replace';
		written = selection.n;
		const module = address;
		// Untracked: writing reads the address itself (SvelteKit's `page.url`), which is not what this follows.
		untrack(() =>
			module.writeAddress({ event: selection.id, lang, view: window }, context.defaultLang, entry)
		);
	});
}
