import { describe, expect, it } from 'vitest';
import { numberedLines } from './lines';

const encoder = new TextEncoder();

async function linesOf(...chunks: (string | Uint8Array)[]) {
	async function* stream() {
		for (const chunk of chunks) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
	}
	const lines = [];
	for await (const line of numberedLines(stream()))
		lines.push({
			number: line.number,
			text: new TextDecoder().decode(line.bytes),
			own: line.bytes.byteOffset === 0 && line.bytes.buffer.byteLength === line.bytes.length
		});
	return lines;
}

describe('numberedLines', () => {
	it('numbers lines from 1, blank ones included, and keeps a last line without a newline', async () => {
		expect(await linesOf('a\n\nb\nc')).toEqual([
			{ number: 1, text: 'a', own: true },
			{ number: 2, text: '', own: true },
			{ number: 3, text: 'b', own: true },
			{ number: 4, text: 'c', own: true }
		]);
	});
	it('joins a line split across chunks, even inside a character', async () => {
		const bytes = encoder.encode('{"text":"今年"}\nx\n');
		const lines = await linesOf(bytes.subarray(0, 11), bytes.subarray(11, 12), bytes.subarray(12));
		expect(lines.map((line) => line.text)).toEqual(['{"text":"今年"}', 'x']);
		expect(lines.every((line) => line.own)).toBe(true);
	});
	it('takes \\r\\n as one line end, and no line after a final newline', async () => {
		expect((await linesOf('a\r\nb\r', '\n')).map((line) => line.text)).toEqual(['a', 'b']);
	});
	it('yields nothing for an empty stream', async () => {
		expect(await linesOf()).toEqual([]);
	});
});
