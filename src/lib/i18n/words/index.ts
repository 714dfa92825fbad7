import type { Language } from '$lib/model/schema';
import { en } from './en';
import type { Words } from './types';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';

export type { Words };

export const WORDS: Record<Language, Words> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };
