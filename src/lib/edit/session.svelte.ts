/**
 * One timeline being edited: the article's source, its extraction (made once, elsewhere), and the history
 * of its curation. Every edit is a whole new curation, so undo and redo are moves along that history, and
 * what is shown is always `curateExtracted(extracted, curation)`, the same function the build runs.
 */
import { curateExtracted, type ArticleSource, type Built } from '$lib/extract/build';
import type { Problem } from '$lib/model/consistency';
import type { Curation } from '$lib/model/curation';
import type { Dataset } from '$lib/model/schema';

export class EditSession {
	/** The text and meta as given; the curation is the history's current entry. */
	readonly text: string;
	readonly meta: ArticleSource['meta'];
	/** The extractor's events before any curation. */
	readonly extracted: Dataset;

	#history: Curation[] = $state.raw([]);
	#at = $state(0);
	/** The group of the edit that made the current step, which a next edit of that group joins. */
	#group: object | undefined;
	/** Each curation built once: `edit` builds one to check it, and what is shown is that same build. */
	#builds = new WeakMap<Curation, Built>();

	constructor(source: ArticleSource, extracted: Dataset) {
		this.text = source.text;
		this.meta = source.meta;
		this.extracted = extracted;
		this.#history = [source.curation ?? {}];
	}

	readonly curation: Curation = $derived(this.#history[this.#at]!);
	readonly built: Built = $derived(this.#build(this.curation));
	/**
	 * The last curation that built is what is shown; a failing one is reported, not drawn. (Only the first
	 * can fail: a curation kept with a text that has changed since.)
	 */
	readonly dataset: Dataset = $derived.by(() => {
		for (let at = this.#at; at >= 0; at--) {
			const built = this.#build(this.#history[at]!);
			if (built.ok) return built.data;
		}
		return this.extracted;
	});
	readonly source: ArticleSource = $derived({ ...this.#given(), curation: this.curation });

	// Through methods: field initializers are checked as if they ran before the constructor sets the fields.
	#build(curation: Curation): Built {
		let built = this.#builds.get(curation);
		if (!built) this.#builds.set(curation, (built = curateExtracted(this.extracted, curation)));
		return built;
	}
	#given() {
		return { text: this.text, meta: this.meta };
	}

	get canUndo() {
		return this.#at > 0;
	}
	get canRedo() {
		return this.#at < this.#history.length - 1;
	}

	/**
	 * Records `next` as the current curation, if it builds; what was undone before it is dropped, as in any
	 * editor. A curation that does not build is not recorded: its problems are returned for the editor to
	 * show where the edit was made. Edits given the same `group` one after another are one step of the
	 * history (one visit to an event's card, however many of its fields it changed): undo takes back the
	 * whole step, and a step that ends where it began is no step.
	 */
	edit(next: Curation, group?: object): Problem[] {
		const built = this.#build(next);
		if (!built.ok) return built.problems;
		const joins = group !== undefined && group === this.#group && this.#at > 0 && !this.canRedo;
		const kept = this.#history.slice(0, joins ? this.#at : this.#at + 1);
		const undone = JSON.stringify(next) === JSON.stringify(kept.at(-1));
		this.#history = joins && undone ? kept : [...kept, next];
		this.#at = this.#history.length - 1;
		this.#group = joins && undone ? undefined : group;
		return [];
	}
	undo() {
		this.#group = undefined;
		if (this.canUndo) this.#at--;
	}
	redo() {
		this.#group = undefined;
		if (this.canRedo) this.#at++;
	}
}
