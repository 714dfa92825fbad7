/**
 * Seeded news articles for `bench/articles.ts`: each a title and paragraphs drawn from the real articles
 * of one language (data/ and the extractor's fixtures: Traditional, Simplified and English), 2 to 5 KB
 * (and a paragraph) as a news story is, published on the day its first source was. Paragraphs of several stories are
 * shuffled together, so these are no facts, but the text holds what news holds: dates of every kind,
 * datelines, bylines and captions.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '../src/lib/extract/language';
import type { ArticleMeta, Language } from '../src/lib/model/schema';
import { random } from '../src/lib/timeline/layout/fixture.test-helper';

const root = resolve(import.meta.dirname, '..');

interface Source {
	language: Language;
	published?: string;
	title: string;
	body: string[];
}

export interface NewsArticle {
	name: string;
	text: string;
	meta: ArticleMeta;
}

/** The publication day beside `<name>.txt`: its meta file in data/, its gold file among the fixtures. */
function publishedBeside(dir: string, name: string): string | undefined {
	for (const file of [`${name}.meta.json`, `${name}.gold.json`]) {
		const path = join(dir, file);
		if (existsSync(path))
			return (JSON.parse(readFileSync(path, 'utf8')) as { published?: string | null }).published ?? undefined;
	}
	return undefined;
}

function sources(): Source[] {
	return ['data', 'src/lib/extract/fixtures', 'src/lib/extract/english/fixtures'].flatMap((folder) => {
		const dir = join(root, folder);
		return readdirSync(dir)
			.filter((file) => file.endsWith('.txt'))
			.sort()
			.map((file) => {
				const text = readFileSync(join(dir, file), 'utf8');
				const [title, ...body] = text.split('\n').filter((line) => line.trim());
				const published = publishedBeside(dir, file.slice(0, -'.txt'.length));
				return { language: detectLanguage(text), ...(published ? { published } : {}), title: title!, body };
			});
	});
}

const bytes = (lines: string[]) => lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);

/** `n` articles named `news-0001`…, the same for the same `seed` on every machine. */
export function newsArticles(n: number, seed = 20261202): NewsArticle[] {
	const all = sources();
	const next = random(seed);
	const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
	const shuffled = <T>(items: T[]) =>
		items
			.map((item) => ({ item, key: next() }))
			.sort((a, b) => a.key - b.key)
			.map(({ item }) => item);
	return Array.from({ length: n }, (_, i) => {
		const first = pick(all);
		const kin = all.filter((source) => source.language === first.language);
		const target = 2048 + next() * 3072;
		const body: string[] = [];
		for (let pool = shuffled(first.body); bytes(body) < target;) {
			if (pool.length === 0) pool = shuffled(pick(kin).body);
			body.push(pool.shift()!);
		}
		return {
			name: `news-${String(i + 1).padStart(4, '0')}`,
			text: [first.title, ...body].join('\n') + '\n',
			meta: { language: first.language, ...(first.published ? { published: first.published } : {}) }
		};
	});
}

/** As data/ holds them: `<name>.txt` and `<name>.meta.json`. */
export function writeArticles(dir: string, articles: NewsArticle[]) {
	mkdirSync(dir, { recursive: true });
	for (const { name, text, meta } of articles) {
		writeFileSync(join(dir, `${name}.txt`), text);
		writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify(meta));
	}
}

/** As `npm run extract -- --jsonl` reads them: one record a line. */
export function jsonl(articles: NewsArticle[]): string {
	return (
		articles.map(({ name, text, meta }) => JSON.stringify({ id: name, text, ...meta })).join('\n') + '\n'
	);
}
