/**
 * JSON as an author wrote it: `JSON.parse` keeps the last of two equal keys without a word, so an editor's
 * `"title"` given twice silently loses one. This reads the text once more, only when it parsed, and names
 * every key given twice by its dotted path and lines. A scanner of our own (about forty lines) rather than
 * a parser library: the text is already known to be JSON, so only strings, brackets, commas and colons
 * matter, and the paths come out in the form every other problem uses.
 */
import type { Problem } from './consistency';
import { stripBom } from './text';

type Frame =
	| { kind: 'object'; path: string; keys: Map<string, number>; key: string | null }
	| { kind: 'array'; path: string; index: number };

const join = (path: string, part: string | number) => (path ? `${path}.${part}` : String(part));

/** Every key given twice in one object of `text` (which must be valid JSON), with the lines of both. */
export function duplicateKeys(text: string): Problem[] {
	const problems: Problem[] = [];
	const stack: Frame[] = [];
	let line = 1;
	const valuePath = () => {
		const top = stack.at(-1);
		if (!top) return '';
		return top.kind === 'array' ? join(top.path, top.index) : join(top.path, top.key ?? '');
	};
	for (let at = 0; at < text.length; at++) {
		const char = text[at]!;
		if (char === '\n') line++;
		else if (char === '{') stack.push({ kind: 'object', path: valuePath(), keys: new Map(), key: null });
		else if (char === '[') stack.push({ kind: 'array', path: valuePath(), index: 0 });
		else if (char === '}' || char === ']') stack.pop();
		else if (char === ',') {
			const top = stack.at(-1)!;
			if (top.kind === 'array') top.index++;
			else top.key = null;
		} else if (char === '"') {
			const start = at;
			for (at++; text[at] !== '"'; at++) if (text[at] === '\\') at++;
			const top = stack.at(-1);
			if (top?.kind !== 'object' || top.key !== null) continue;
			top.key = JSON.parse(text.slice(start, at + 1)) as string;
			const first = top.keys.get(top.key);
			if (first === undefined) top.keys.set(top.key, line);
			else
				problems.push({
					path: join(top.path, top.key),
					message: `is given twice (lines ${first} and ${line}); JSON would keep only the last: remove one`
				});
		}
	}
	return problems;
}

/** `text` (a byte-order mark allowed) as JSON, or what is wrong with it: not JSON, or a key given twice. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
	const json = stripBom(text);
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		return {
			ok: false,
			problems: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }]
		};
	}
	const problems = duplicateKeys(json);
	return problems.length ? { ok: false, problems } : { ok: true, value };
}

/**
 * Whether two values parsed from JSON are equal, key by key and item by item: a schema's output against
 * its input tells whether the schema changed anything (a derivation written as text, a key it drops).
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every(
		(key) =>
			Object.hasOwn(b, key) &&
			sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
	);
}
