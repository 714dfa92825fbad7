import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditSession } from '../edit/session.svelte';
import { extractArticle } from '../extract/index';
import { zip } from '../formats/zip';
import { unzip } from '../formats/zip.test-helper';
import { articleNames, loadArticle } from '../server/articles';
import { dataFiles, fileStem } from './takeaway';

describe('a name for the data files', () => {
	it('is one the build takes as an article name', () => {
		expect(fileStem('Council Tram Line, 2025')).toBe('council-tram-line-2025');
		expect(fileStem('Café Müller')).toBe('cafe-muller');
		expect(fileStem('十年回顧')).toBe('my-timeline');
		expect(fileStem('--a--')).toBe('a');
		expect(fileStem('x'.repeat(99) + ' y')).toBe('x'.repeat(99));
	});
});

describe('the data files the take-away writes', () => {
	it('give exactly the events of the session once put in data/ and built', () => {
		const text = readFileSync('data/cyberspace-shared-future.txt', 'utf8');
		const meta = { published: '2025-11-11', title: '網路空間 · 我的版本' };
		const session = new EditSession({ text, meta }, extractArticle(text, { meta }));
		const [first, second] = session.dataset.events;
		const paragraph = session.dataset.paragraphs.find((p) => p.text.includes('烏鎮'))!;
		const at = paragraph.text.indexOf('烏鎮');
		session.edit({
			rename: [{ event: first!.id, title: '改過的標題' }],
			drop: [{ event: second!.id, reason: '重複' }],
			add: [
				{
					paragraph: paragraph.index,
					span: [at, at + 2],
					quote: '烏鎮',
					start: '2014-11-19',
					precision: 'day',
					title: '首屆大會在烏鎮'
				}
			]
		});
		expect(session.built.ok).toBe(true);

		const name = fileStem('Cyberspace, my version');
		const archive = zip(dataFiles(session.source, name));
		const dir = mkdtempSync(join(tmpdir(), 'nianbiao-data-'));
		for (const file of unzip(archive)) writeFileSync(join(dir, file.name), file.content);

		expect(articleNames(dir)).toEqual([name]);
		const built = loadArticle(name, dir, { today: new Date('2025-12-01'), warn: () => {} });
		expect(built).toEqual(session.dataset);
		expect(built.events.find((event) => event.id === first!.id)?.title).toBe('改過的標題');
		expect(built.events.some((event) => event.id === second!.id)).toBe(false);
		expect(built.events.some((event) => event.basis === 'curated' && event.quote === '烏鎮')).toBe(true);
	});
});
