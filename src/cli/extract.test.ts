import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../lib/model/validate';

const dir = mkdtempSync(join(tmpdir(), 'nianbiao-cli-'));
const file = (name: string, content: string | Buffer) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};

function run(...args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], {
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts a Node process with tsx: allow for a busy CI machine.
describe('npm run extract', { timeout: 30_000 }, () => {
	it('prints the model as JSON and nothing else', () => {
		const { code, stdout } = run(
			file('a.txt', '标题\n今年春节,各地举办活动。\n'),
			'--published',
			'2024-03-05',
			'--json'
		);
		expect(code).toBe(0);
		const data = JSON.parse(stdout);
		expect(validateDataset(data).ok).toBe(true);
		expect(data.events[0]).toMatchObject({ start: '2024-02-10', quote: '今年春节' });
	});
	it('prints a table without --json', () => {
		const { code, stdout } = run('data/cyberspace-shared-future.txt');
		expect(code).toBe(0);
		expect(stdout).toMatch(/2014\.\.open\s+year\s+11\s+自2014年以來/);
	});
	it.each([
		['a missing file', [join(dir, 'none.txt')], 'no such file'],
		['an empty file', [file('empty.txt', ' \n\n')], 'empty'],
		['a binary file', [file('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]))], 'binary'],
		['a non-UTF-8 file', [file('latin.txt', Buffer.from([0x32, 0x30, 0xe9, 0xff]))], 'not UTF-8'],
		['a bad --published', ['data/cyberspace-shared-future.txt', '--published', '2025-02-30'], '--published'],
		['no file', ['--json'], 'no file given']
	])('exits 2 on %s, with one line and no stdout', (_, args, words) => {
		const { code, stdout, stderr } = run(...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(words);
	});
});
