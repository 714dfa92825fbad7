/**
 * The offline file's data: one `<script type="application/json">` element in its head, which the page
 * reads when it starts. The build writes the default article there (src/single/finish.ts); the studio's
 * take-away writes a person's own timeline into a copy of the same file, in the browser, with no build.
 * The element is not run, so the file's Content-Security-Policy (hashes of the scripts that run) holds.
 */
import { LANGUAGES } from '../model/constants';
import type { Dataset, Language } from '../model/schema';
import type { Problem } from '../model/consistency';
import { validateDataset } from '../model/validate';

export interface SingleData {
	/** The article's name, as its files in `data/` are named. */
	name: string;
	dataset: Dataset;
	/** The article in other scripts, as the site serves them (`/a/<name>/zh-Hans.json`). */
	copies: Partial<Record<Language, Dataset>>;
}

export const DATA_ID = 'nianbiao-data';
const OPEN = `<script type="application/json" id="${DATA_ID}">`;
const CLOSE = '</script>';

/**
 * `data` as the element's text. Every `<` is written `\u003c` (the same string to JSON): an article that
 * holds `</script>` or `<!--` cannot end the element early or change how the parser reads it.
 */
function elementText(data: SingleData): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/** The file `html` with `data` as its data set: in place of the element's content, or a new element. */
export function withData(html: string, data: SingleData): string {
	const element = `${OPEN}${elementText(data)}${CLOSE}`;
	const at = html.indexOf(OPEN);
	if (at !== -1) {
		const end = html.indexOf(CLOSE, at + OPEN.length);
		if (end === -1) throw new Error(`the offline file's ${DATA_ID} element has no end`);
		return html.slice(0, at) + element + html.slice(end + CLOSE.length);
	}
	// The first </head> is the document's: the inlined app after it holds the string too.
	const head = html.indexOf('</head>');
	if (head === -1) throw new Error('the offline file has no </head> to put its data before');
	return html.slice(0, head) + element + html.slice(head);
}

type Read = { ok: true; data: SingleData } | { ok: false; problems: Problem[] };

/** The element's text as the data set to show, each part checked as any data from outside is. */
export function readData(text: string | null | undefined): Read {
	if (!text) return { ok: false, problems: [{ path: `#${DATA_ID}`, message: 'is missing or empty' }] };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, problems: [{ path: `#${DATA_ID}`, message: `is not JSON (${String(error)})` }] };
	}
	const { name, dataset, copies } = (json ?? {}) as Partial<Record<keyof SingleData, unknown>>;
	const main = validateDataset(dataset);
	if (!main.ok) return { ok: false, problems: within('dataset', main.problems) };
	if (copies !== undefined && (typeof copies !== 'object' || copies === null || Array.isArray(copies)))
		return {
			ok: false,
			problems: [{ path: 'copies', message: 'must be an object of data sets by language' }]
		};
	const checked: SingleData['copies'] = {};
	for (const [lang, copy] of Object.entries(copies ?? {})) {
		if (!(LANGUAGES as readonly string[]).includes(lang))
			return { ok: false, problems: [{ path: `copies.${lang}`, message: 'is not a language' }] };
		const result = validateDataset(copy);
		if (!result.ok) return { ok: false, problems: within(`copies.${lang}`, result.problems) };
		checked[lang as Language] = result.data;
	}
	return {
		ok: true,
		data: { name: typeof name === 'string' ? name : '', dataset: main.data, copies: checked }
	};
}

const within = (part: string, problems: Problem[]) =>
	problems.map((problem) => ({ ...problem, path: `${part}.${problem.path}` }));
