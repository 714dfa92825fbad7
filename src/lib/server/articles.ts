/**
 * Build-time loading of `data/`: every `<name>.txt` (with its optional `<name>.meta.json`) becomes a
 * validated data set. Anything malformed stops the build with a message naming the file and the field,
 * so a broken article never ships as a half-empty page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset, type ArticleSource } from '../extract/build';
import { CurationSchema } from '../model/curation';
import { futureWarnings } from '../model/future';
import { ArticleMetaSchema, SiteSchema, type Dataset } from '../model/schema';
import { parseJson } from '../model/json';
import { articleText, decodeUtf8 } from '../model/text';
import { describeProblems, validateWith } from '../model/validate';
import type * as v from 'valibot';

/**
 * `data/`, or the directory `NIANBIAO_DATA` names (`NIANBIAO_DATA=../archive npm run build`): the bench
 * builds its thousand generated articles this way, leaving `data/` alone.
 */
export const DATA_DIR = resolve(process.env.NIANBIAO_DATA ?? 'data');
/** Article names become URL segments (`/a/<name>`). */
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export class DataError extends Error {
	override name = 'DataError';
}

/** A JSON file checked by `schema`: UTF-8 (a byte-order mark allowed), each key once, the shape right. */
function readJson<S extends v.GenericSchema>(file: string, schema: S): v.InferOutput<S> {
	const where = relative(process.cwd(), file);
	const decoded = decodeUtf8(readFileSync(file));
	if (!decoded.ok) throw new DataError(describeProblems(where, decoded.problems));
	const parsed = parseJson(decoded.text);
	if (!parsed.ok) throw new DataError(describeProblems(where, parsed.problems));
	const result = validateWith(schema, parsed.value);
	if (!result.ok) throw new DataError(describeProblems(where, result.problems));
	return result.data;
}

/**
 * Long enough for any title, short enough that every file the build writes for it fits a file system's
 * 255-byte name (`<name>.curation.json`, `<name>.html`): a longer one failed with a raw ENAMETOOLONG.
 */
const MAX_NAME = 100;

export function articleNames(dir = DATA_DIR): string[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.txt'))
		.map((file) => {
			const name = file.slice(0, -'.txt'.length);
			// Named as it is in the folder: `..txt` and `.txt` are files too, not the folder or its parent.
			const where = `${relative(process.cwd(), dir) || '.'}/${file}`;
			if (!NAME.test(name))
				throw new DataError(
					`${where}: the file name before .txt must be lowercase letters, digits and dashes, starting with a letter or digit (it becomes the URL /a/<name>)`
				);
			if (name.length > MAX_NAME)
				throw new DataError(
					`${where}: the file name before .txt is ${name.length} characters long; at most ${MAX_NAME} (it becomes the URL /a/<name> and the names of the files the build writes)`
				);
			return name;
		})
		.sort();
}

/** Each warning once, though the build loads an article for every page and copy that shows it. */
const warned = new Set<string>();
function warnOnce(message: string) {
	if (warned.has(message)) return;
	warned.add(message);
	console.warn(`warning: ${message}`);
}

export interface LoadOptions {
	/** What "today" is for warnings of dates far after it (default: the build's clock). */
	today?: Date;
	/** Where warnings go (default: the build log, once each). */
	warn?: (message: string) => void;
}

/** An article's files as the build reads them: the text exactly as decoded, its meta and its curation. */
export function loadSource(name: string, dir = DATA_DIR): ArticleSource {
	const textFile = join(dir, `${name}.txt`);
	const metaFile = join(dir, `${name}.meta.json`);
	const curationFile = join(dir, `${name}.curation.json`);
	const meta = existsSync(metaFile) ? readJson(metaFile, ArticleMetaSchema) : {};
	const text = articleText(readFileSync(textFile));
	if (!text.ok) throw new DataError(describeProblems(relative(process.cwd(), textFile), text.problems));
	const curation = existsSync(curationFile) ? readJson(curationFile, CurationSchema) : undefined;
	return { text: text.text, meta, ...(curation ? { curation } : {}) };
}

/**
 * Whether `data/` holds the article a page asks for, without listing the folder: each page of a build asked
 * `articleNames()`, so a build's time grew with the square of its articles (issue 13's thousand articles).
 * A name `articleNames` would refuse is none: the build's list of pages has already said why.
 */
export function hasArticle(name: string, dir = DATA_DIR): boolean {
	return NAME.test(name) && name.length <= MAX_NAME && existsSync(join(dir, `${name}.txt`));
}

export function loadArticle(name: string, dir = DATA_DIR, options: LoadOptions = {}): Dataset {
	const textFile = join(dir, `${name}.txt`);
	const metaFile = join(dir, `${name}.meta.json`);
	const curationFile = join(dir, `${name}.curation.json`);
	const source = loadSource(name, dir);
	const { meta } = source;
	const built = buildDataset(source);
	if (!built.ok) {
		const file = built.part === 'curation' ? curationFile : textFile;
		throw new DataError(describeProblems(relative(process.cwd(), file), built.problems));
	}
	for (const warning of futureWarnings(built.data, options.today ?? new Date())) {
		// A publication date the meta file gives is the meta file's to fix; one from a date line, the text's.
		const fromMeta = warning.path === 'article.published' && meta.published !== undefined;
		const where = relative(process.cwd(), fromMeta ? metaFile : textFile);
		(options.warn ?? warnOnce)(
			describeProblems(where, [fromMeta ? { ...warning, path: 'published' } : warning])
		);
	}
	return built.data;
}

export function defaultArticleName(dir = DATA_DIR): string {
	const siteFile = join(dir, 'site.json');
	const names = articleNames(dir);
	const chosen = existsSync(siteFile) ? readJson(siteFile, SiteSchema).defaultArticle : undefined;
	if (chosen !== undefined && !names.includes(chosen))
		throw new DataError(
			`${relative(process.cwd(), siteFile)}: defaultArticle: "${chosen}" has no ${chosen}.txt in data/`
		);
	const name = chosen ?? names[0];
	if (name === undefined) throw new DataError(`${relative(process.cwd(), dir)}: holds no <name>.txt article`);
	return name;
}
