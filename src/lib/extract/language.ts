/**
 * The language of an article that no meta file names: Chinese when Chinese characters carry the text
 * (Traditional or Simplified by the characters only one of them writes), else English.
 */
import type { Language } from '../model/schema';
import { traditionalShare } from './normalize';

/** Enough text to tell; reading 100 MB to name its language would cost more than extracting it. */
const SAMPLE = 20_000;

export function detectLanguage(source: string): Language {
	const sample = source.slice(0, SAMPLE);
	let han = 0;
	let latin = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (code >= 0x3400 && code <= 0x9fff) han++;
		else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
	}
	// A Chinese character is a word or half of one; an English word is about five letters.
	if (han * 5 < latin) return 'en';
	return traditionalShare(source) > 0.5 ? 'zh-Hant' : 'zh-Hans';
}
