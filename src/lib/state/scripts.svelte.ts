/**
 * Copies of the data set in another script, fetched the first time a reader asks for one and kept. A copy
 * that cannot be had (offline, an embed of someone else's data) leaves the text as written: the reader
 * still gets the interface in the language they picked.
 */
import type { Dataset, Language } from '$lib/model/schema';

export type ScriptLoader = (lang: Language) => Promise<Dataset | null>;

export class ScriptCopies {
	#copies = $state.raw<Partial<Record<Language, Dataset>>>({});
	#asked: Partial<Record<Language, boolean>> = {};
	#load: ScriptLoader | undefined;

	constructor(load: ScriptLoader | undefined) {
		this.#load = load;
	}

	/** The data set to show in `lang`: its copy if there is one by now, else the original. */
	get(data: Dataset, lang: Language): Dataset {
		return this.#copies[lang] ?? data;
	}

	/** Starts fetching the copy for `lang`, once. */
	request(data: Dataset, lang: Language) {
		if (lang === data.article.language || lang === 'en' || !this.#load || this.#asked[lang]) return;
		this.#asked[lang] = true;
		this.#load(lang).then(
			(copy) => {
				if (copy) this.#copies = { ...this.#copies, [lang]: copy };
			},
			() => (this.#asked[lang] = false)
		);
	}
}
