/**
 * The timeline being made on /new: what the form holds, its extraction (in the worker, some moments after
 * the last change), the edit session shown in the reader, and its record in this browser, written some
 * moments after each change. Every failure lands in a field the page words: nothing typed is dropped or
 * left unsaved without a word.
 */
import { EditSession } from '../edit/session.svelte';
import type { ArticleSource } from '../extract/build';
import type { Shared } from '../formats/fragment';
import type { Problem } from '../model/consistency';
import type { Curation } from '../model/curation';
import { isIsoDay } from '../model/dates';
import type { ArticleMeta, Language } from '../model/schema';
import { fittingCuration } from './carry';
import { Extractor } from './extractor.svelte';
import { checkText } from './input';
import { newId, RECORD_FORMAT, type TimelineRecord } from './record';
import { putRecord, StoreError } from './store';

/** How long after the last keystroke the text is read again, and saved. */
const SETTLE_MS = 300;
const SAVE_MS = 500;
/** From this length on, a reading takes long enough to show its progress. */
export const LONG_TEXT = 20_000;
/** The form's publication-day field, which the status's ask for that day moves to. */
export const PUBLISHED_INPUT = 'studio-published';

/** The text's first line with words, as a name until the reading gives a title. */
function firstLine(text: string): string {
	const start = text.search(/\S/);
	if (start === -1) return '';
	const end = text.indexOf('\n', start);
	return text
		.slice(start, end === -1 ? undefined : end)
		.trim()
		.slice(0, 100);
}

const readingOf = (text: string, meta: ArticleMeta) => `${JSON.stringify(meta)}\n${text}`;

/** What each part of /new that shows the draft is given. */
export interface DraftProps {
	draft: Draft;
	/** The interface language. */
	lang: Language;
}

export class Draft {
	text = $state('');
	title = $state('');
	language = $state<Language | 'auto'>('auto');
	/** `YYYY-MM-DD`, as a date input gives it, or empty. */
	published = $state('');
	/** What a loaded record or link holds that the form does not show (the original's address). */
	#source = $state<string | undefined>();

	readonly checked = $derived(checkText(this.text));
	/** Nothing but white space (or a byte-order mark) in the box: nothing to read, and room for an example. */
	readonly empty = $derived(!this.checked.ok && this.checked.reason === 'empty');
	readonly meta: ArticleMeta = $derived({
		...(this.title.trim() ? { title: this.title.trim() } : {}),
		...(this.language !== 'auto' ? { language: this.language } : {}),
		...(isIsoDay(this.published) ? { published: this.published } : {}),
		...(this.#source ? { source: this.#source } : {})
	});

	readonly extractor = new Extractor();
	/** The timeline shown; it stays while a newer text is read, until that reading is done. */
	session = $state.raw<EditSession | null>(null);
	/** Why the last reading gave nothing: stopped by the person, or the extractor's error. */
	halted = $state<{ cancelled: true } | { cancelled: false; message: string } | null>(null);
	/** Date words the last reading left undated for want of a publication day (`last year`, `下個月`). */
	awaitingPublication = $state.raw<string[]>([]);
	/** Corrections the last reading set aside, as no longer fitting the text (`carry.ts`). */
	setAside = $state.raw<Problem[]>([]);
	/** Corrections come along when the text changes, from a record or a link before the first reading. */
	#carried = $state.raw<Curation>({});

	/** The record's id once it has one; its name when the person gave it one in /mine. */
	id = $state<string | null>(null);
	name: string | undefined = $state();
	saved = $state(false);
	storeFailure = $state<StoreError['kind'] | null>(null);
	#lastSaved = '';

	/** The source as it would be kept, or null while there is nothing to keep (no text, or too much). */
	readonly keepable: ArticleSource | null = $derived.by(() => {
		const checked = this.checked;
		if (this.empty || (!checked.ok && checked.reason === 'too-large')) return null;
		return {
			text: checked.ok ? checked.text : this.text,
			meta: this.meta,
			curation: this.session?.source.curation ?? this.#carried
		};
	});

	/** The article's title as the reading gives it, else as the form or the text does until then. */
	readonly articleTitle = $derived(
		this.session?.dataset.article.title || this.meta.title || firstLine(this.text)
	);
	/** What the downloads and the reader's share dialog call it: the name given in /mine, else the title. */
	readonly displayName = $derived(this.name?.trim() || this.articleTitle);

	/** Fills the form from a record (`kept`: its id and title as saved) or from a link, to keep as new. */
	load({ source, name }: Shared, kept: { id: string; title: string } | null) {
		this.text = source.text;
		this.title = source.meta.title ?? '';
		this.language = source.meta.language ?? 'auto';
		this.published = source.meta.published ?? '';
		this.#source = source.meta.source;
		this.#carried = source.curation ?? {};
		this.name = name;
		this.id = kept?.id ?? null;
		this.#announced = kept !== null;
		if (kept) this.#lastSaved = this.#key(source, name, kept.title);
	}

	#settle: ReturnType<typeof setTimeout> | undefined;

	/** The text and meta of the reading under way or last done; a change that comes back to them reads nothing. */
	#read: string | null = null;

	/** Reads the text again once typing has paused, if it changed; at once, and whatever it is, when `now`. */
	schedule(now = false) {
		clearTimeout(this.#settle);
		if (!this.checked.ok) {
			this.extractor.cancel();
			this.#read = null;
			this.halted = null;
			return;
		}
		if (now) void this.extract();
		else if (readingOf(this.checked.text, this.meta) !== this.#read)
			this.#settle = setTimeout(() => void this.extract(), SETTLE_MS);
	}

	async extract() {
		clearTimeout(this.#settle);
		const checked = this.checked;
		if (!checked.ok) return;
		const meta = this.meta;
		const reading = (this.#read = readingOf(checked.text, meta));
		this.halted = null;
		const outcome = await this.extractor.run(checked.text, meta);
		// Stopped: by a newer reading, which follows, or by the person (`cancel`), who was told.
		if (outcome.ok) {
			const carried = this.session?.source.curation ?? this.#carried;
			const { curation, dropped } = fittingCuration(outcome.extracted, carried);
			this.setAside = dropped;
			this.awaitingPublication = outcome.awaiting;
			this.session = new EditSession({ text: checked.text, meta, curation }, outcome.extracted);
		} else if (!outcome.stopped) {
			this.halted = { cancelled: false, message: outcome.message };
			if (this.#read === reading) this.#read = null;
		}
	}

	/** Stops the reading under way; the text stays, and the timeline of the text before. */
	cancel() {
		clearTimeout(this.#settle);
		if (!this.extractor.working) return;
		this.extractor.cancel();
		this.#read = null;
		this.halted = { cancelled: true };
	}

	#saving: ReturnType<typeof setTimeout> | undefined;

	/** Saves what is keepable once changes have paused (at once when `now`); `created` hears of a new id. */
	scheduleSave(created: (id: string) => void, now = false) {
		clearTimeout(this.#saving);
		const source = this.keepable;
		if (!source || this.#key(source, this.name, this.articleTitle) === this.#lastSaved) return;
		const save = () => void this.#save(source, created);
		if (now) save();
		else this.#saving = setTimeout(save, SAVE_MS);
	}

	/** Whether the page has heard of the record's id (`created`), which it then keeps in its address. */
	#announced = false;

	async #save(source: ArticleSource, created: (id: string) => void) {
		const title = this.articleTitle;
		const key = this.#key(source, this.name, title);
		const record: TimelineRecord = {
			format: RECORD_FORMAT,
			id: (this.id ??= newId()),
			...(this.name ? { name: this.name } : {}),
			title,
			text: source.text,
			meta: source.meta,
			curation: source.curation ?? {},
			updated: Date.now()
		};
		try {
			await putRecord(record);
			this.#lastSaved = key;
			this.saved = true;
			this.storeFailure = null;
			if (!this.#announced) created(record.id);
			this.#announced = true;
		} catch (error) {
			this.saved = false;
			this.storeFailure = error instanceof StoreError ? error.kind : 'failed';
		}
	}

	#key(source: ArticleSource, name: string | undefined, title: string) {
		return JSON.stringify([source.meta, source.curation ?? {}, name ?? null, title]) + source.text;
	}
}
