import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../lib/model/validate';

const seed = readFileSync('data/cyberspace-shared-future.txt', 'utf8');

/** As `npm run extract` runs it: the tsx command, whose worker threads must load TypeScript too. */
function run(args: string[], input = '') {
	const result = spawnSync('node_modules/.bin/tsx', ['src/cli/extract.ts', ...args], {
		input,
		encoding: 'utf8',
		// Four copies of the seed forty times over come back as megabytes of JSON.
		maxBuffer: 64 * 1024 * 1024
	});
	return {
		code: result.status,
		lines: result.stdout
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line)),
		stderr: result.stderr
	};
}

// Each test starts a Node process with tsx and two worker threads: allow for a busy CI machine.
describe('npm run extract, many articles', { timeout: 60_000 }, () => {
	it('writes one line per record in input order, though a long article before short ones finishes last', () => {
		// Twelve records: every third is the seed forty times over, so the workers finish out of order.
		const ids = Array.from({ length: 12 }, (_, i) => `r${i}`);
		const input = ids
			.map((id, i) =>
				JSON.stringify({
					id,
					text: i % 3 === 0 ? seed.repeat(40) : `標題\n今年${i + 1}月,活動舉行。`,
					published: '2025-11-11'
				})
			)
			.join('\n');
		const { code, lines, stderr } = run(['--jsonl', '--workers', '2'], input);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(lines.map((line) => line.id)).toEqual(ids);
		expect(lines.map((line) => line.line)).toEqual(ids.map((_, i) => i + 1));
		for (const line of lines) expect(validateDataset(line.dataset).ok).toBe(true);
		expect(lines[1].dataset.events[0]).toMatchObject({ start: '2025-02', quote: '今年2月' });
	});
	it('reports a bad record on stderr with its line number, and the rest goes on', () => {
		const input = [
			JSON.stringify({ id: 'a', text: '標題\n2015年,大會舉行。' }),
			'{"id": "b", "text": ',
			'',
			JSON.stringify({ id: 'c', text: '標題\n2016年,大會舉行。', published: '2025-02-30' }),
			JSON.stringify({ id: 'd', text: 'Title\nThe fair began in 1985.', language: 'en' })
		].join('\n');
		const { code, lines, stderr } = run(['-'], input);
		expect(code).toBe(1);
		expect(lines.map((line) => [line.id, line.line, 'dataset' in line])).toEqual([
			['a', 1, true],
			[null, 2, false],
			['c', 4, false],
			['d', 5, true]
		]);
		expect(stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/^line 2: \(record\): not valid JSON/),
			'line 4: published: must be a real day written YYYY-MM-DD',
			'extract: 2 of 4 articles failed'
		]);
		expect(lines[2].error).toBe('line 4: published: must be a real day written YYYY-MM-DD');
	});
	it('reads every .txt of a directory with its meta file, in name order', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nianbiao-batch-'));
		writeFileSync(join(dir, 'b.txt'), '标题\n今年春节,各地举办活动。\n');
		writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: '2024-03-05' }));
		writeFileSync(join(dir, 'a.txt'), Buffer.from([0x32, 0x30, 0xe9, 0xff]));
		writeFileSync(join(dir, 'notes.md'), 'not an article');
		const { code, lines, stderr } = run([dir]);
		expect(code).toBe(1);
		expect(lines.map((line) => [line.id, 'dataset' in line])).toEqual([
			['a', false],
			['b', true]
		]);
		expect(lines[1].dataset.events[0]).toMatchObject({ start: '2024-02-10', quote: '今年春节' });
		expect(stderr).toMatch(/a\.txt: byte 2 \(line 1\): is not UTF-8/);
	});
	it('stops, saying so, when the reader closes the output early', async () => {
		const child = spawn('node_modules/.bin/tsx', ['src/cli/extract.ts', '--jsonl', '--workers', '1']);
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		// As `| head -1` does: read the first lines, then close the pipe.
		child.stdout.once('data', () => child.stdout.destroy());
		child.stdin.end(
			Array.from({ length: 500 }, (_, i) =>
				JSON.stringify({ id: `r${i}`, text: `標題\n${2000 + (i % 20)}年,大會舉行。` })
			).join('\n')
		);
		const [code] = await once(child, 'close');
		expect(code).toBe(1);
		expect(stderr).toMatch(/^extract: the output was closed after \d+ articles; stopped\n$/);
	});
	it.each([
		['--published with a directory', ['data', '--published', '2025-01-01'], '--published is for one file'],
		['--json with --jsonl', ['--jsonl', '--json'], '--json is for one file'],
		['a file with --jsonl', ['--jsonl', 'data/old-town-book-fair.txt'], 'reads stdin'],
		['--workers with one file', ['data/old-town-book-fair.txt', '--workers', '2'], '--workers is for'],
		['--workers 0', ['--jsonl', '--workers', '0'], 'whole number']
	])('exits 2 on %s, with one line and no stdout', (_, args, words) => {
		const { code, lines, stderr } = run(args);
		expect(code).toBe(2);
		expect(lines).toEqual([]);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(words);
	});
});
