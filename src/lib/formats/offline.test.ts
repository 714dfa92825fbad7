import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../model/fixture.test-helper';
import { DATA_ID, readData, withData, type SingleData } from './offline';

const PAGE =
	'<!doctype html><html><head><meta charset="utf-8"></head><body><script>"</head>"</script></body></html>';
const element = (html: string) =>
	new RegExp(`<script type="application/json" id="${DATA_ID}">(.*?)</script>`).exec(html)?.[1];

function data(title = '十年回顧'): SingleData {
	const dataset = sampleDataset();
	return { name: 'ten', dataset: { ...dataset, article: { ...dataset.article, title } }, copies: {} };
}

describe('the offline file’s data element', () => {
	it('goes before the document’s own </head> the first time, and is replaced in place after', () => {
		const first = withData(PAGE, data());
		expect(first.indexOf(DATA_ID)).toBeLessThan(first.indexOf('</head>'));
		expect(first.endsWith('<body><script>"</head>"</script></body></html>')).toBe(true);
		const second = withData(first, data('另一個'));
		expect(second.split(DATA_ID)).toHaveLength(2);
		expect(readData(element(second))).toEqual({ ok: true, data: data('另一個') });
	});

	it('holds an article that writes </script> and <!-- without ending early', () => {
		const hostile = data('</script><script>alert(1)</script><!--');
		const html = withData(PAGE, hostile);
		const text = element(html)!;
		expect(text).not.toContain('<');
		expect(readData(text)).toEqual({ ok: true, data: hostile });
	});

	it('says what is wrong with data that is missing, not JSON or not a data set', () => {
		expect(readData(null)).toMatchObject({ ok: false, problems: [{ message: 'is missing or empty' }] });
		expect(readData('{')).toMatchObject({
			ok: false,
			problems: [{ message: expect.stringMatching(/^is not JSON/) }]
		});
		const bad = readData(JSON.stringify({ name: 'x', dataset: { article: {} }, copies: {} }));
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.problems[0]!.path).toMatch(/^dataset\./);
		const copies = readData(JSON.stringify({ ...data(), copies: 'zh-Hans' }));
		expect(copies).toMatchObject({ ok: false, problems: [{ path: 'copies' }] });
		const language = readData(JSON.stringify({ ...data(), copies: { fr: sampleDataset() } }));
		expect(language).toMatchObject({ ok: false, problems: [{ path: 'copies.fr' }] });
	});
});
