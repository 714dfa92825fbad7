import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, MAX_EXAMPLES } from './examples';

function dataDir(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'nianbiao-examples-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

describe("/new's examples", () => {
	it('offers the default article first, then the others in order, with their titles and languages', () => {
		const dir = dataDir({
			'a-fair.txt': 'Book fair turns 40\nThe first fair was held on 14 September 1985.\n',
			'b-bridge.txt': '石橋重開\n2014年11月，石橋重新開放。\n',
			'site.json': '{"defaultArticle": "b-bridge"}'
		});
		expect(examples(dir)).toEqual([
			{ name: 'b-bridge', title: '石橋重開', language: 'zh-Hant' },
			{ name: 'a-fair', title: 'Book fair turns 40', language: 'en' }
		]);
	});

	it('offers a few, however many articles there are', () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < MAX_EXAMPLES + 4; i++) files[`n${i}.txt`] = `Title ${i}\nIt opened in 2014.\n`;
		expect(examples(dataDir(files)).map((e) => e.name)).toEqual(
			Array.from({ length: MAX_EXAMPLES }, (_, i) => `n${i}`)
		);
	});
});
