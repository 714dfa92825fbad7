/**
 * `?src=` as a route loads it, for /embed and /present alike: nothing asked (null), 'loading', or the
 * outcome of `fetchDataset` (which gives up after 15 seconds; `retry` asks again). Call it while the
 * route's component initialises; a newer address wins over a slower, older fetch.
 */
import { fetchDataset, type Loaded } from './source';

export function loadSource(src: () => string | null) {
	let loaded = $state<Loaded | 'loading' | null>(null);
	// Read by the effect, so that a Retry button fetches the same address again.
	let attempt = $state(0);
	$effect(() => {
		const url = src();
		void attempt;
		if (!url) return;
		loaded = 'loading';
		let current = true;
		void fetchDataset(url, fetch).then((result) => {
			if (current) loaded = result;
		});
		return () => {
			current = false;
		};
	});
	return {
		get current() {
			return loaded;
		},
		retry() {
			attempt++;
		}
	};
}
