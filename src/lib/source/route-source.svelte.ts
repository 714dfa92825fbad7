/**
 * What /embed and /present read from their address, alike: the query, known once the page runs (the
 * page is prerendered once for every query, so hydration meets the HTML it was served with the defaults),
 * and the data set to show: the one the page was built with, or `?src=`'s, fetched and checked (given up
 * on after 15 seconds; `retry` asks again). A large one is shown while a worker checks it, and gives way
 * to the check's message if it fails. Call it while the route's component initialises; a newer address
 * wins over a slower, older fetch.
 */
import { onMount } from 'svelte';
import { page } from '$app/state';
import type { Dataset, TimelineData } from '$lib/model/schema';
import { queryOf } from '$lib/state/url';
import { httpUrl, refusal } from './address';
import type { Loaded } from './fetch';

/** The address every query is prerendered as. */
const PRERENDERED = new URL('http://prerendered.invalid/');

export function routeSource<Built extends TimelineData>(built: () => Built) {
	let running = $state(false);
	onMount(() => {
		running = true;
	});
	const params = $derived(queryOf(running ? page.url : PRERENDERED));
	const asked = $derived(params.get('src'));
	const src = $derived(httpUrl(asked, page.url.href)?.href ?? null);

	// Read by the effect, so that a Retry button fetches the same address again.
	let attempt = $state(0);
	// Raw: a data set of a million events must not be read through a reactive proxy, event by event.
	let fetched = $state.raw<Loaded | 'loading' | null>(null);
	$effect(() => {
		const url = src;
		void attempt;
		if (!url) return void (fetched = null);
		fetched = 'loading';
		let current = true;
		// The timeline's code (with its layout), beside the data rather than after it: the page shows no
		// timeline while `?src=` loads, so the timeline would ask for it only once the data had come (issue
		// 13's load). Its own failure is the timeline's to meet, as on any page.
		void import('$lib/timeline/Timeline.svelte').catch(() => {});
		// The request goes out now, not once the code that reads its answer has loaded (one round trip
		// later, issue 13's load); that code takes it up as it would its own request, and its time limit
		// and abort reach it.
		const asking = new AbortController();
		const request = fetch(url, { credentials: 'omit', signal: asking.signal });
		request.catch(() => {});
		const early = ((_: string, init?: RequestInit) => {
			init?.signal?.addEventListener('abort', () => asking.abort());
			return request;
		}) as typeof fetch;
		// Fetching, converting and checking load with the first `?src=`: most frames show the data they were
		// built with. Failing to load them is a network failure like any other, which trying again may mend.
		void Promise.all([import('./fetch'), import('./check')])
			.then(([{ fetchDataset }, { checkApart }]) => fetchDataset(url, early, undefined, checkApart))
			.then((result) => {
				if (!current) return;
				fetched = result;
				if (result.ok)
					void result.checking?.then((checked) => {
						if (current) fetched = checked;
					});
			})
			.catch(() => {
				if (current)
					fetched = {
						ok: false,
						url,
						problem: 'could not be fetched: the page lost its own site',
						retry: true
					};
			});
		return () => {
			current = false;
			// A Retry or another address: the request no one will read stops.
			asking.abort();
		};
	});

	const loaded: Loaded | 'loading' | null = $derived(
		asked && !src ? { ok: false, url: asked, problem: refusal(asked, page.url.href), retry: false } : fetched
	);

	return {
		/** The address's query (empty until the page runs). */
		get params() {
			return params;
		},
		/** The `src` asked for, as fetched; null when none was asked. */
		get src() {
			return src ?? asked;
		},
		/** Nothing asked (null), 'loading', or what came of it. */
		get loaded() {
			return loaded;
		},
		/** The data set to show: `?src=`'s once it has arrived whole, else the one the page was built with. */
		get dataset(): Built | Dataset {
			return typeof loaded === 'object' && loaded?.ok ? loaded.data : built();
		},
		/** Fetches `?src=` again, after a failure that trying again could mend. */
		retry() {
			attempt += 1;
		}
	};
}
