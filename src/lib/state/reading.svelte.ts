/**
 * Which paragraphs the reader has in front of them, kept by one IntersectionObserver over a band across
 * the middle of the screen (the lines being read, not the ones just scrolled past or not yet reached).
 */
import type { Attachment } from 'svelte/attachments';
import { paragraphOfAnchor } from '$lib/linked/anchors';

const READING_BAND = '-40% 0px -35% 0px';

export class ReadingPosition {
	/** Indexes of the paragraphs in the band, in order; updated at most once a frame. */
	visible = $state.raw<number[]>([]);

	/** Bookkeeping for the observer, not state: `visible` is what renders. */
	#inBand: Record<number, boolean> = {};
	#observer: IntersectionObserver | null = null;
	#frame = 0;

	/** `{@attach reading.observe}` on each paragraph (its id a `paragraphAnchor`). */
	observe: Attachment<HTMLElement> = (node) => {
		this.#observer ??= new IntersectionObserver((entries) => this.#record(entries), {
			rootMargin: READING_BAND
		});
		this.#observer.observe(node);
		return () => {
			this.#observer?.unobserve(node);
			delete this.#inBand[indexOf(node)];
		};
	};

	#record(entries: IntersectionObserverEntry[]) {
		for (const entry of entries) {
			const index = indexOf(entry.target);
			if (entry.isIntersecting) this.#inBand[index] = true;
			else delete this.#inBand[index];
		}
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => {
			const next = Object.keys(this.#inBand)
				.map(Number)
				.sort((a, b) => a - b);
			if (next.join() !== this.visible.join()) this.visible = next;
		});
	}
}

function indexOf(node: Element): number {
	return paragraphOfAnchor(node.id);
}
