/**
 * Which addresses `?src=` (and `?story=`) may fetch, apart from the fetching itself (`fetch.ts`), which loads
 * only when a page is given one.
 */

/** An http(s) address, relative ones resolved against `base`; anything else (javascript:, data:, file:) is null. */
export function httpUrl(value: string | null, base?: string): URL | null {
	if (!value) return null;
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

/**
 * Why `httpUrl` refused `value`, in words that finish "<value> ...": a `javascript:`, `data:` or `file:`
 * address is refused by name, never ignored.
 */
export function refusal(value: string, base?: string): string {
	try {
		return `is a ${new URL(value, base).protocol} address: only http: and https: addresses of a JSON file are fetched`;
	} catch {
		return 'is not a web address (one starts with https://)';
	}
}
