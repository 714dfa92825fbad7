/**
 * A component loaded the first time it is asked for: `current` is undefined until its module arrives.
 * It does what `{#await import(...)}` does in a template without Svelte's await block, which would add
 * to the code `/` loads before the first interaction (issue 4's budget). Nothing loads on the server.
 */
export function lazy<T>(load: () => Promise<{ default: T }>): { readonly current: T | undefined } {
	let loaded: T | undefined = $state();
	let started = false;
	return {
		get current() {
			if (!started && !import.meta.env.SSR) {
				started = true;
				load().then((module) => (loaded = module.default));
			}
			return loaded;
		}
	};
}
