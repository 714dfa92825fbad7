import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../extract/build';
import { articleNames, DataError, defaultArticleName, hasArticle, loadArticle, loadSource } from './articles';

function dataDir(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'nianbiao-data-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

const article = '一篇新聞\n記者 王小明\n\n2014年11月,首屆大會在烏鎮舉行。\n';

describe('loading data/', () => {
	it('turns every <name>.txt into a validated data set, paragraphs kept exactly', () => {
		const dir = dataDir({ 'news.txt': article, 'news.meta.json': '{"published": "2025-01-02"}' });
		const data = loadArticle('news', dir);
		expect(data.paragraphs.map((p) => p.text)).toEqual([
			'一篇新聞',
			'記者 王小明',
			'2014年11月,首屆大會在烏鎮舉行。'
		]);
		expect(data.article).toMatchObject({ title: '一篇新聞', published: '2025-01-02' });
		expect(data.events.length).toBeGreaterThan(0);
	});

	it('gives the files as the build read them, which build the same data set in a browser', () => {
		const dir = dataDir({ 'news.txt': `\ufeff${article}`, 'news.meta.json': '{"published": "2025-01-02"}' });
		const source = loadSource('news', dir);
		expect(source).toEqual({ text: article, meta: { published: '2025-01-02' } });
		const id = loadArticle('news', dir).events[0]!.id;
		writeFileSync(join(dir, 'news.curation.json'), JSON.stringify({ drop: [{ event: id }] }));
		const curated = loadSource('news', dir);
		expect(curated.curation).toEqual({ drop: [{ event: id }] });
		const built = buildDataset(curated);
		expect(built.ok && built.data).toEqual(loadArticle('news', dir));
	});

	it('loads the seed article with all its paragraphs', () => {
		const data = loadArticle('cyberspace-shared-future');
		const lines = readFileSync('data/cyberspace-shared-future.txt', 'utf8')
			.split('\n')
			.filter((l) => l.trim());
		expect(data.paragraphs.map((p) => p.text)).toEqual(lines);
	});

	it('names the file and the field of a malformed meta file', () => {
		const dir = dataDir({
			'news.txt': article,
			'news.meta.json': '{"language": "fr", "published": "2025-13-01"}'
		});
		expect(() => loadArticle('news', dir)).toThrow(DataError);
		try {
			loadArticle('news', dir);
		} catch (error) {
			const message = (error as Error).message;
			expect(message).toContain('news.meta.json: language:');
			expect(message).toContain('news.meta.json: published:');
		}
	});

	it('names a meta file that is not JSON, and a field it does not know', () => {
		expect(() => loadArticle('a', dataDir({ 'a.txt': article, 'a.meta.json': '{"title": ' }))).toThrow(
			/a\.meta\.json: \(file\): not valid JSON/
		);
		expect(() => loadArticle('a', dataDir({ 'a.txt': article, 'a.meta.json': '{"tittle": "x"}' }))).toThrow(
			/a\.meta\.json: tittle:/
		);
	});

	it('finds the article a page asks for, and no name the list of articles would refuse', () => {
		const dir = dataDir({ 'news.txt': article, 'My Article.txt': article, '-a.txt': article });
		expect(hasArticle('news', dir)).toBe(true);
		expect(hasArticle('sport', dir)).toBe(false);
		expect(hasArticle('My Article', dir)).toBe(false);
		expect(hasArticle('-a', dir)).toBe(false);
		expect(hasArticle('../news', dir)).toBe(false);
	});

	it('refuses a file name that cannot be a URL segment', () => {
		expect(() => articleNames(dataDir({ 'My Article.txt': article }))).toThrow(
			/My Article\.txt: the file name/
		);
	});

	it('names the file as it is in the folder, however odd, and a name too long for the build', () => {
		// Issue 14: `..txt` and `.txt` were named as the folder itself, and 251 characters gave a raw ENAMETOOLONG.
		for (const file of ['..txt', '.txt', '-a.txt']) {
			const dir = dataDir({ [file]: article });
			expect(() => articleNames(dir)).toThrow(
				`${relative(process.cwd(), dir)}/${file}: the file name before .txt`
			);
		}
		const long = `${'a'.repeat(251)}.txt`;
		expect(() => articleNames(dataDir({ [long]: article }))).toThrow(
			new RegExp(
				`/${long.replace('.', '\\.')}: the file name before \\.txt is 251 characters long; at most 100`
			)
		);
	});

	it('shows the article site.json names on /, else the first one', () => {
		expect(defaultArticleName(dataDir({ 'b.txt': article, 'a.txt': article }))).toBe('a');
		expect(
			defaultArticleName(
				dataDir({ 'b.txt': article, 'a.txt': article, 'site.json': '{"defaultArticle": "b"}' })
			)
		).toBe('b');
		expect(() =>
			defaultArticleName(dataDir({ 'a.txt': article, 'site.json': '{"defaultArticle": "c"}' }))
		).toThrow(/site\.json: defaultArticle: "c" has no c\.txt/);
	});

	it('reads a file saved with a byte-order mark as if it had none', () => {
		// Issue 14: the mark shifted every span of Traditional text by one (`於2014年11月19`).
		const text = '一篇新聞\n2014年11月19日，首屆大會於烏鎮開幕。\n';
		const plain = loadArticle('news', dataDir({ 'news.txt': text }));
		const marked = loadArticle('news', dataDir({ 'news.txt': `\ufeff${text}` }));
		expect(marked).toEqual(plain);
		expect(marked.events[0]).toMatchObject({ quote: '2014年11月19日', span: [0, 11] });
		const leading = loadArticle(
			'news',
			dataDir({ 'news.txt': '\ufeff2014年11月19日，首屆大會於烏鎮開幕。' })
		);
		expect(leading.events[0]).toMatchObject({ quote: '2014年11月19日', span: [0, 11] });
	});

	it('refuses bytes that are not UTF-8, naming the byte offset and line', () => {
		const gbk = Buffer.concat([Buffer.from('標題\n2014年'), Buffer.from([0xc4, 0xea])]);
		expect(() => loadArticle('news', dataDir({ 'news.txt': gbk }))).toThrow(
			/news\.txt: byte 14 \(line 2\): is not UTF-8 \(0xC4 0xEA…\)/
		);
	});

	it('refuses a NUL character, naming its line and column', () => {
		expect(() => loadArticle('news', dataDir({ 'news.txt': '標題\n2014年\0大會開幕。' }))).toThrow(
			/news\.txt: line 2, column 6: U\+0000/
		);
	});

	it('refuses an article with no text', () => {
		for (const empty of ['', '  \n\t\n'])
			expect(() => loadArticle('news', dataDir({ 'news.txt': empty }))).toThrow(
				/news\.txt: \(text\): holds no text/
			);
	});

	it('refuses a day the calendar lacks, in the meta file and in curation', () => {
		// Issue 14: `published: "2025-02-30"` resolved 今天 to 1 March while the derivation said 30 February.
		expect(() =>
			loadArticle('news', dataDir({ 'news.txt': article, 'news.meta.json': '{"published": "2025-02-30"}' }))
		).toThrow(/news\.meta\.json: published: must be a real day/);
		expect(() =>
			loadArticle(
				'news',
				dataDir({
					'news.txt': article,
					'news.curation.json': JSON.stringify({
						add: [
							{
								paragraph: 2,
								span: [0, 5],
								quote: '2014年',
								start: '2014-02-30',
								precision: 'day',
								title: 'x'
							}
						]
					})
				})
			)
		).toThrow(/news\.curation\.json: add\.0\.start: must be a real date/);
	});

	it('warns of a date far after today, naming the file and the field', () => {
		const warnings: string[] = [];
		const dir = dataDir({
			'news.txt': '一篇新聞\n2014年11月,首屆大會在烏鎮舉行。今年再辦。\n',
			'news.meta.json': '{"published": "2205-01-02"}'
		});
		loadArticle('news', dir, { today: new Date(Date.UTC(2026, 0, 1)), warn: (w) => warnings.push(w) });
		expect(warnings).toEqual([
			expect.stringMatching(/news\.meta\.json: published: "2205-01-02" is after today \(2026-01-01\)/),
			expect.stringMatching(/news\.txt: events\.1\.start: "2205" \(from "今年"\) is more than 100 years/)
		]);
	});

	it('refuses a data file of the wrong shape, naming the file and the field', () => {
		// Issue 14: `[]`, a title of spaces and a key given twice (the last silently won) all built.
		const load = (files: Record<string, string>) => () =>
			loadArticle('news', dataDir({ 'news.txt': article, ...files }));
		expect(load({ 'news.meta.json': '[]' })).toThrow(/news\.meta\.json: \(root\): must be an object/);
		expect(load({ 'news.curation.json': '[]' })).toThrow(/news\.curation\.json: \(root\): must be an object/);
		expect(load({ 'news.meta.json': '{"title": "  "}' })).toThrow(
			/news\.meta\.json: title: must not be empty or only spaces/
		);
		expect(load({ 'news.meta.json': '{"title": "a",\n"title": "b"}' })).toThrow(
			/news\.meta\.json: title: is given twice \(lines 1 and 2\)/
		);
		expect(() => defaultArticleName(dataDir({ 'a.txt': article, 'site.json': '[]' }))).toThrow(
			/site\.json: \(root\): must be an object/
		);
	});

	it('reads a JSON file saved with a byte-order mark', () => {
		const data = loadArticle(
			'news',
			dataDir({ 'news.txt': article, 'news.meta.json': '\ufeff{"title": "新"}' })
		);
		expect(data.article.title).toBe('新');
	});
});
