/**
 * `npm run extract -- <file> [--published YYYY-MM-DD] [--json]`: the extractor on one article file, as the
 * build runs it (with `<name>.meta.json` beside it when present). With `--json` stdout holds the model
 * and nothing else; without it, a table to read. Bad input exits 2 with one line on stderr and nothing
 * on stdout.
 *
 * `npm run extract -- <directory>` (every `<name>.txt` with its files beside it) or `--jsonl` (`-`: one
 * record a line on stdin, `model/record.ts`) run many articles on worker threads (`--workers N`, one per
 * core by default) and write JSONL (`batch.ts`; docs/batch.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extractArticle } from '../lib/extract';
import { describeDerivation } from '../lib/i18n/derivation';
import { isIsoDay } from '../lib/model/dates';
import { ArticleMetaSchema, type ArticleMeta, type Dataset } from '../lib/model/schema';
import { describeProblems, validateDataset, validateWith } from '../lib/model/validate';
import { fileNames, runBatch, type BatchInput } from './batch';

class UsageError extends Error {}

const USAGE =
	'usage: npm run extract -- <file> [--published YYYY-MM-DD] [--json] | <directory> [--workers N] | --jsonl [--workers N]';

interface FileArgs {
	file: string;
	published?: string;
	json: boolean;
}

interface BatchArgs {
	batch: BatchInput;
	workers: number;
}

function parseWorkers(value: string | undefined): number {
	const workers = Number(value);
	if (!Number.isInteger(workers) || workers < 1 || workers > 64)
		throw new UsageError(`--workers: "${value ?? ''}" is not a whole number from 1 to 64`);
	return workers;
}

/** A directory's articles, or why it has none to give. */
function batchOfDirectory(dir: string): BatchInput {
	const names = fileNames(dir);
	if (names.length === 0) throw new UsageError(`${dir}: holds no <name>.txt article`);
	return { dir, names };
}

function parseArgs(argv: string[]): FileArgs | BatchArgs {
	let file: string | undefined;
	let published: string | undefined;
	let json = false;
	let jsonl = false;
	let workers: number | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i]);
		if (arg === '--json') json = true;
		else if (arg === '--jsonl' || arg === '-') jsonl = true;
		else if (arg === '--published' || arg.startsWith('--published=')) {
			published = value();
			if (!isIsoDay(published))
				throw new UsageError(`--published: "${published ?? ''}" is not a date written YYYY-MM-DD`);
		} else if (arg === '--workers' || arg.startsWith('--workers=')) workers = parseWorkers(value());
		else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`one file at a time, got "${file}" and "${arg}"; ${USAGE}`);
	}
	if (jsonl && file !== undefined)
		throw new UsageError(`--jsonl reads stdin, so no file as well ("${file}"); ${USAGE}`);
	if (!jsonl && file === undefined) throw new UsageError(`no file given; ${USAGE}`);
	const batch = jsonl
		? 'stdin'
		: existsSync(file!) && statSync(file!).isDirectory()
			? batchOfDirectory(file!)
			: undefined;
	if (batch === undefined) {
		if (workers !== undefined) throw new UsageError(`--workers is for a directory or --jsonl; ${USAGE}`);
		return { file: file!, ...(published ? { published } : {}), json };
	}
	// Each record carries its own publication day, and the output is always JSONL.
	if (published) throw new UsageError('--published is for one file: give each record its "published"');
	if (json) throw new UsageError('--json is for one file: a directory or --jsonl always writes JSONL');
	return { batch, workers: workers ?? availableParallelism() };
}

function readArticle(file: string): string {
	if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
	if (!statSync(file).isFile()) throw new UsageError(`${file}: not a file`);
	const bytes = readFileSync(file);
	if (bytes.includes(0)) throw new UsageError(`${file}: a binary file, not text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new UsageError(`${file}: not UTF-8 text`);
	}
	if (text.trim() === '') throw new UsageError(`${file}: empty, no paragraph to read`);
	return text;
}

function readMeta(file: string): ArticleMeta {
	const metaFile = file.replace(/\.txt$/, '') + '.meta.json';
	if (!existsSync(metaFile)) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(metaFile, 'utf8'));
	} catch (error) {
		throw new UsageError(`${metaFile}: not valid JSON: ${(error as Error).message}`);
	}
	const result = validateWith(ArticleMetaSchema, parsed);
	if (!result.ok) throw new UsageError(describeProblems(metaFile, result.problems).split('\n')[0]!);
	return result.data;
}

/** Columns a terminal gives a string: CJK and full-width characters take two. */
function displayWidth(text: string): number {
	let width = 0;
	for (const char of text)
		width +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
				char
			)
				? 2
				: 1;
	return width;
}

function table(data: Dataset): string {
	const rows = data.events.map((event) => [
		event.end ? `${event.start}..${event.end}` : event.start,
		`${event.precision}${event.approximate ? ' ~' : ''}`,
		String(event.paragraph),
		event.quote,
		describeDerivation(event.derivation, 'en')
	]);
	const head = ['date', 'precision', 'paragraph', 'quote', 'derivation'];
	const widths = head.map((_, column) =>
		Math.max(...[head, ...rows].map((row) => displayWidth(row[column]!)))
	);
	const line = (row: string[]) =>
		row
			.map((cell, column) =>
				column < row.length - 1 ? cell + ' '.repeat(widths[column]! - displayWidth(cell)) : cell
			)
			.join('  ');
	const undated = data.undated.map((mention) => `  ¶${mention.paragraph}  ${mention.quote}`);
	return [
		`${data.article.title} (${data.article.language}${data.article.published ? `, published ${data.article.published}` : ', no publication date'})`,
		line(head),
		...rows.map(line),
		'',
		`undated (${data.undated.length}):`,
		...undated
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	try {
		const args = parseArgs(argv);
		if ('batch' in args) return await runBatch(args.batch, args.workers);
		const text = readArticle(args.file);
		const meta = readMeta(args.file);
		const data = extractArticle(text, { meta, ...(args.published ? { published: args.published } : {}) });
		const valid = validateDataset(data);
		if (!valid.ok) {
			process.stderr.write(`${describeProblems(args.file, valid.problems)}\n`);
			return 1;
		}
		process.stdout.write(args.json ? `${JSON.stringify(data, null, '\t')}\n` : `${table(data)}\n`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`extract: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
}

process.exitCode = await main(process.argv.slice(2));
