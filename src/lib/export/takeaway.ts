/**
 * What the take-away writes, as plain data: the files an article is in `data/`, named as the build
 * wants them. `source` is what the studio holds (text, meta, curation), and the build runs the same
 * `buildDataset` on these files, so dropped into `data/` they give exactly the events on screen.
 */
import type { ArticleSource } from '../extract/build';
import { ID_PATTERN } from '../model/id';
import type { ZipEntry } from '../formats/zip';

/** The build's limit on an article's name (src/lib/server/articles.ts), which becomes its URL. */
const MAX_STEM = 100;
const FALLBACK = 'my-timeline';

/**
 * A name the build takes for `data/<name>.txt` (lowercase letters, digits and dashes, as `/a/<name>`):
 * Latin letters and digits kept, accents dropped, the rest a dash; a name with none of them (a Chinese
 * title) becomes `my-timeline`, which the person renames as they like.
 */
export function fileStem(name: string): string {
	const stem = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_STEM)
		.replace(/-+$/, '');
	return ID_PATTERN.test(stem) ? stem : FALLBACK;
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** `<stem>.txt`, `<stem>.meta.json` and `<stem>.curation.json`, the text byte for byte as given. */
export function dataFiles(source: ArticleSource, stem: string): ZipEntry[] {
	return [
		{ name: `${stem}.txt`, content: source.text },
		{ name: `${stem}.meta.json`, content: json(source.meta) },
		{ name: `${stem}.curation.json`, content: json(source.curation ?? {}) }
	];
}
