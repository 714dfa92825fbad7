/**
 * An article's copies in another script, made at build time so that no reader downloads OpenCC's tables:
 * the site serves them as `/a/<name>/zh-Hans.json`, the offline file carries them inside
 * (src/single/finish.ts).
 */
import * as OpenCC from 'opencc-js/t2cn';
import { convertDataset } from './script';
import type { Dataset, Language } from '../model/schema';

// `tw` → `cn` converts characters, not vocabulary: the author's 網際網路 becomes 网际网路, not 互联网.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Only a Traditional article gets a Simplified copy; the reader asks for none of the others. */
export function scriptCopies(data: Dataset): Partial<Record<Language, Dataset>> {
	return data.article.language === 'zh-Hant'
		? { 'zh-Hans': convertDataset(data, toSimplified, 'zh-Hans') }
		: {};
}
