/**
 * An event's title in the reader's language: the English title a curator gave, under an English
 * interface; otherwise the title in the article's own words (and language, for `lang=`).
 */
import type { Language, TimelineEvent } from '$lib/model/schema';

export interface Title {
	text: string;
	/** The language the text is written in, for the element's `lang`. */
	lang: Language;
}

export function titleIn(
	event: Pick<TimelineEvent, 'title' | 'titleEn'>,
	lang: Language,
	textLang: Language
): Title {
	return lang === 'en' && event.titleEn !== undefined
		? { text: event.titleEn, lang: 'en' }
		: { text: event.title, lang: textLang };
}
