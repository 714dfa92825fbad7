/**
 * The data the offline file shows, read from its `#nianbiao-data` element when the page starts
 * (`$lib/formats/offline`): the build writes the default article there, the studio a person's own. What
 * is written there is checked like any data from outside, since anyone may have replaced it.
 */
import { DATA_ID, readData, type SingleData } from '$lib/formats/offline';
import type { ScriptLoader } from '$lib/state/scripts.svelte';

export type { SingleData };

/** The file is routed by hash and never rendered on a server: this runs in the browser. */
export const loaded = readData(document.getElementById(DATA_ID)?.textContent);

/** The data set, for pages that the layout shows only once `loaded` is ok. */
export function single(): SingleData {
	if (!loaded.ok) throw new Error(`the offline file's data cannot be read`);
	return loaded.data;
}

/** The reader's copies come from inside the file: from file:// there is nothing to fetch. */
export const loadCopy: ScriptLoader = async (lang) => (loaded.ok ? (loaded.data.copies[lang] ?? null) : null);
