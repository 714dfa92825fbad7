import { describe, expect, it, vi } from 'vitest';
import { runTask } from './task';

const line = (number: number, value: unknown) => ({
	kind: 'line' as const,
	number,
	bytes: new TextEncoder().encode(JSON.stringify(value))
});
const text = '標題\n2015年,大會舉行。2016年,大會再次舉行。';

describe('runTask', () => {
	it("applies a record's curation as the build applies a curation file", () => {
		const built = JSON.parse(runTask(line(1, { id: 'a', text })).json);
		const [first, second] = built.dataset.events;
		const curated = JSON.parse(
			runTask(line(1, { id: 'a', text, curation: { drop: [{ event: first.id }] } })).json
		);
		expect(curated.dataset.events.map((event: { id: string }) => event.id)).toEqual([second.id]);
	});
	it('names the curation when an entry does not fit the text', () => {
		const outcome = runTask(line(7, { id: 'a', text, curation: { drop: [{ event: 'e-none' }] } }));
		expect(outcome.error).toMatch(/^line 7: curation: drop\.0\.event: /);
		expect(JSON.parse(outcome.json)).toEqual({ id: 'a', line: 7, error: outcome.error });
	});
	it('fails the one article when the extractor throws, and says so', async () => {
		const extract = await import('../lib/extract/build');
		const spy = vi.spyOn(extract, 'buildDataset').mockImplementation(() => {
			throw new Error('a bug');
		});
		const outcome = runTask(line(3, { id: 'a', text }));
		spy.mockRestore();
		expect(outcome.error).toMatch(/^line 3: the extractor failed: Error: a bug/);
	});
});
