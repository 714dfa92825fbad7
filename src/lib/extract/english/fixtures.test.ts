/**
 * English news of our own writing (fixtures/*.txt, and the English article in data/), each with a gold
 * file written before the extractor ever ran on it: precision and recall on dated events, together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/validate';
import { extractArticle } from '../index';
import { precision, recall, scoreEvents, type Gold, type Score } from '../score';

const fixtures = join(import.meta.dirname, 'fixtures');
const data = join(import.meta.dirname, '../../../../data');

function article(name: string) {
	const gold = JSON.parse(readFileSync(join(fixtures, `${name}.gold.json`), 'utf8')) as Gold;
	const local = join(fixtures, `${name}.txt`);
	const text = readFileSync(existsSync(local) ? local : join(data, `${name}.txt`), 'utf8');
	return { name, gold, extracted: extractArticle(text, { published: gold.published }) };
}

const articles = readdirSync(fixtures)
	.filter((file) => file.endsWith('.gold.json'))
	.map((file) => article(file.slice(0, -'.gold.json'.length)));

describe('English news', () => {
	it('is read as English without a meta file, and passes validation', () => {
		expect(articles.length).toBeGreaterThanOrEqual(4);
		for (const { extracted } of articles) {
			expect(extracted.article.language).toBe('en');
			expect(validateDataset(extracted).ok).toBe(true);
		}
	});

	it('scores precision and recall of at least 0.9 on dated events', () => {
		const total: Score = { matched: 0, predicted: 0, gold: 0, missed: [], spurious: [] };
		for (const { name, gold, extracted } of articles) {
			const score = scoreEvents(extracted.events, gold);
			total.matched += score.matched;
			total.predicted += score.predicted;
			total.gold += score.gold;
			total.missed.push(...score.missed.map((event) => ({ ...event, quote: `${name}: ${event.quote}` })));
			total.spurious.push(...score.spurious.map((event) => ({ ...event, quote: `${name}: ${event.quote}` })));
		}
		console.info(
			`English: precision ${precision(total).toFixed(3)}, recall ${recall(total).toFixed(3)} (${total.matched} of ${total.predicted} found, ${total.gold} in the gold)\nmissed: ${JSON.stringify(total.missed)}\nspurious: ${JSON.stringify(total.spurious)}`
		);
		expect(precision(total)).toBeGreaterThanOrEqual(0.9);
		expect(recall(total)).toBeGreaterThanOrEqual(0.9);
	});

	it('keeps counts and vague words out of the events, and lists vague words as undated', () => {
		for (const { gold, extracted } of articles) {
			const quotes = extracted.events.map((event) => event.quote);
			for (const word of gold.undated) {
				expect(quotes).not.toContain(word);
				expect(extracted.undated.map((mention) => mention.quote)).toContain(word);
			}
			expect(quotes.some((quote) => /percent|,\d{3}|5G/.test(quote))).toBe(false);
		}
	});
});
