/**
 * Results that finish in any order, released in the order their inputs came: a batch engine joins the
 * output to the input line by line, and workers finish a short article before a long one begun earlier.
 */
export class InOrder<R> {
	#next = 0;
	#held = new Map<number, R>();

	/** Takes result `seq` (numbered from 0, each once) and returns every result now due, in order. */
	put(seq: number, result: R): R[] {
		if (seq < this.#next || this.#held.has(seq)) throw new Error(`result ${seq} was given twice`);
		this.#held.set(seq, result);
		const due: R[] = [];
		while (this.#held.has(this.#next)) {
			due.push(this.#held.get(this.#next) as R);
			this.#held.delete(this.#next++);
		}
		return due;
	}

	/** How many results wait for an earlier one. */
	get waiting(): number {
		return this.#held.size;
	}
}
