/**
 * Fetches an article's Simplified copy, written at build time by `/a/<name>/zh-Hans.json`, and checks it
 * at the door like any data that arrives over the network.
 */
import { resolve } from '$app/paths';
import type { Dataset, Language } from '$lib/model/schema';

export function articleScriptLoader(name: string) {
	return async (lang: Language): Promise<Dataset | null> => {
		if (lang !== 'zh-Hans') return null;
		const response = await fetch(resolve('/a/[name]/zh-Hans.json', { name }));
		if (!response.ok) return null;
		const [{ validateDataset }, json] = await Promise.all([import('$lib/model/validate'), response.json()]);
		const result = validateDataset(json);
		return result.ok ? result.data : null;
	};
}
