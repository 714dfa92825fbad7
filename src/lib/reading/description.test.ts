import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { describeArticle } from './description';

const withLead = (text: string) => {
	const data = sampleDataset();
	data.paragraphs[1] = { ...data.paragraphs[1]!, text };
	return data;
};

describe('describeArticle', () => {
	it('is the first body paragraph when it is short', () => {
		expect(describeArticle(sampleDataset())).toBe('2014年11月19日,首屆大會在烏鎮開幕。');
	});

	it('cuts a long Chinese lead at a sentence or clause end within about 75 characters', () => {
		const sentence = '網路空間命運共同體理念提出十年來，'.repeat(8);
		const description = describeArticle(withLead(sentence));
		expect(description.endsWith('，…')).toBe(true);
		expect([...description].length).toBeLessThanOrEqual(76);
	});

	it('cuts a long English lead after a whole sentence within 150 characters', () => {
		const description = describeArticle(withLead('The conference met again in Wuzhen this week. '.repeat(6)));
		expect(description.length).toBeLessThanOrEqual(151);
		expect(description).toMatch(/\.…$/);
	});
});
