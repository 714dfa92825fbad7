import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, queryOf, withQuery, writeUrlState, type UrlState } from './url';

const context = { hasEvent: (id: string) => ['e-1', 'e-2'].includes(id), defaultLang: 'zh-Hant' as const };
const parse = (query: string) => parseUrlState(new URLSearchParams(query), context);

describe('parseUrlState', () => {
	it('reads a deep link to an event, a language and a window', () => {
		expect(parse('event=e-2&lang=en&from=2014-01-01&to=2016-06-30')).toEqual({
			event: 'e-2',
			lang: 'en',
			view: { from: '2014-01-01', to: '2016-06-30' }
		});
	});

	it('gives the defaults for an empty query', () => {
		expect(parse('')).toEqual({ event: null, lang: 'zh-Hant', view: null });
	});

	it('widens partial dates to whole periods', () => {
		expect(parse('from=2014&to=2016').view).toEqual({ from: '2014-01-01', to: '2016-12-31' });
		expect(parse('from=2016-02&to=2016-02').view).toEqual({ from: '2016-02-01', to: '2016-02-29' });
		expect(parse('from=2014-11-19&to=2014-11-19').view).toEqual({ from: '2014-11-19', to: '2014-11-19' });
	});

	it.each([
		['event=nope', 'an unknown event'],
		['event=', 'an empty event'],
		['lang=fr', 'an unknown language'],
		['lang=ZH-HANT', 'a language in the wrong case'],
		['from=2016&to=2014', 'a window running backwards'],
		['from=2014-02-31&to=2015', 'a day that does not exist'],
		['from=yesterday&to=2015', 'a date that is not ISO'],
		['from=2014', 'a window with one edge'],
		['from=<script>&to=2015', 'markup']
	])('falls back to the default for %s (%s)', (query) => {
		const state = parse(query);
		expect(state.event).toBeNull();
		expect(state.lang).toBe('zh-Hant');
		expect(state.view).toBeNull();
	});

	it('never throws, whatever the query', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const state = parse(query);
				expect(state.event === null || context.hasEvent(state.event)).toBe(true);
			})
		);
	});
});

describe('writeUrlState', () => {
	const write = (state: UrlState, query = '') => writeUrlState(new URLSearchParams(query), state, 'zh-Hant');

	it('leaves defaults out, so the plain address stays plain', () => {
		expect(write({ event: null, lang: 'zh-Hant', view: null })).toBe('');
	});

	it('keeps parameters that are not its own', () => {
		expect(write({ event: 'e-1', lang: 'en', view: null }, 'speaker&event=e-2&lang=zh-Hans')).toBe(
			'?speaker=&event=e-1&lang=en'
		);
	});

	it('round-trips through parseUrlState', () => {
		const state: UrlState = { event: 'e-1', lang: 'zh-Hans', view: { from: '1999-12-31', to: '2025-11-11' } };
		expect(parse(write(state).slice(1))).toEqual(state);
	});
});

describe('an address of either kind', () => {
	const query = (href: string) => Object.fromEntries(queryOf(new URL(href)));
	const file = 'file:///x/nianbiao.html';

	it('reads the query inside a hash route as well as the real one, the hash’s last', () => {
		expect(query(`${file}#/present?speaker&lang=en`)).toEqual({ speaker: '', lang: 'en' });
		expect(query(`${file}?lang=zh-Hans#/embed?lang=en&theme=dark`)).toEqual({ lang: 'en', theme: 'dark' });
		expect(query(`${file}?event=e-1#/`)).toEqual({ event: 'e-1' });
		expect(query('https://site.example/embed?theme=dark#p-3')).toEqual({ theme: 'dark' });
		expect(query('https://site.example/embed#top?x=1')).toEqual({});
	});

	it('writes the query where the page routes: after the path, or inside the hash route', () => {
		const write = (href: string, q: string, hashRouted: boolean) =>
			withQuery(new URL(href), q, hashRouted).href;
		expect(write('https://site.example/a/x?event=e-2#p-3', '?event=e-1', false)).toBe(
			'https://site.example/a/x?event=e-1#p-3'
		);
		expect(write(file, '?event=e-1', true)).toBe(`${file}#/?event=e-1`);
		expect(write(`${file}#/present?speaker`, '?speaker=&lang=en', true)).toBe(
			`${file}#/present?speaker=&lang=en`
		);
		expect(write(`${file}#/?event=e-2#w-e-2`, '', true)).toBe(`${file}#/#w-e-2`);
	});

	it('moves a query typed before the hash into it, so a parameter dropped stays dropped', () => {
		const here = new URL(`${file}?event=e-2&utm=x#/`);
		const next = withQuery(
			here,
			writeUrlState(queryOf(here), { event: null, lang: 'zh-Hant', view: null }, 'zh-Hant'),
			true
		);
		expect(next.href).toBe(`${file}#/?utm=x`);
		expect(parse(queryOf(next).toString()).event).toBeNull();
	});
});
