/**
 * A byte stream as numbered lines, each in a buffer of its own: a line's bytes go to a worker thread, and
 * posting a view of a shared chunk would copy the whole chunk. Lines are split on bytes, not decoded text,
 * so a character cut across two chunks stays whole and a line that is not UTF-8 is that line's problem
 * alone. Pulling the next line reads the stream no further than that line: backpressure reaches stdin.
 */

export interface Line {
	/** 1-based, as editors and `sed -n` count. */
	number: number;
	/** Without its `\n` (or `\r\n`). */
	bytes: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;

function joined(parts: Uint8Array[], length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return length > 0 && bytes[length - 1] === CR ? bytes.subarray(0, length - 1).slice() : bytes;
}

export async function* numberedLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
	let parts: Uint8Array[] = [];
	let length = 0;
	let number = 0;
	for await (const chunk of chunks) {
		let from = 0;
		for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, from)) {
			parts.push(chunk.subarray(from, end));
			yield { number: ++number, bytes: joined(parts, length + end - from) };
			parts = [];
			length = 0;
			from = end + 1;
		}
		if (from < chunk.length) {
			parts.push(chunk.subarray(from));
			length += chunk.length - from;
		}
	}
	if (length > 0) yield { number: ++number, bytes: joined(parts, length) };
}
