import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/validate';
import { loadArticle } from '../server/articles';
import { scriptCopies } from './copies';

describe('copies in another script', () => {
	it('gives a Traditional article a valid Simplified copy with every span on its words', () => {
		const copy = scriptCopies(loadArticle('cyberspace-shared-future'))['zh-Hans']!;
		expect(validateDataset(copy).ok).toBe(true);
		expect(copy.article.language).toBe('zh-Hans');
		expect(copy.paragraphs[0]!.text).toContain('网路空间');
		expect(copy.paragraphs[0]!.text).not.toContain('網');
	});

	it('gives an article already in Simplified none', () => {
		expect(scriptCopies(loadArticle('liangma-lantern-festival'))).toEqual({});
	});
});
