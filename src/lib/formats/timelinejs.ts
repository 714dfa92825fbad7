/**
 * TimelineJS (Knight Lab) JSON out: https://timeline.knightlab.com/docs/json-format.html
 * Our events as slides, with their pictures, groups, times and eras, so that a TimelineJS user can take a
 * nianbiao timeline into their tool. The way in is `timelinejs-import.ts`. TimelineJS reads its text fields
 * as HTML; ours are plain text, so everything written here is escaped.
 */
import { sentenceOf } from '$lib/extract/sentence-around';
import { WORDS } from '$lib/i18n/words';
import type { Dataset, Media, TimelineEvent } from '$lib/model/schema';
import { inTimeOrder } from '$lib/model/order';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
}
export interface TimelineJsText {
	headline: string;
	text: string;
}
export interface TimelineJsMedia {
	url: string;
	caption?: string;
	credit?: string;
	alt?: string;
	link?: string;
	thumbnail?: string;
}
export interface TimelineJsSlide {
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: TimelineJsText;
	media?: TimelineJsMedia;
	group?: string;
	display_date?: string;
	unique_id: string;
}
export interface TimelineJsEra {
	start_date: TimelineJsDate;
	end_date: TimelineJsDate;
	text: { headline: string };
}
export interface TimelineJsFile {
	title: { text: TimelineJsText; media?: TimelineJsMedia };
	events: TimelineJsSlide[];
	eras?: TimelineJsEra[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** TimelineJS text fields are HTML; ours are plain text. Tags go, entities are read, space is tidied. */
export function htmlToText(html: string): string {
	return html
		.replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
				// A surrogate's number names no character; HTML reads it as U+FFFD, as a browser shows it.
				return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : String.fromCodePoint(code);
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `2014-11-19` and `14:30` as TimelineJS's parts. */
function isoToDate(iso: string, time?: string): TimelineJsDate {
	const [year, month, day] = iso.split('-').map(Number);
	const [hour, minute, second] = time?.split(':').map(Number) ?? [];
	return {
		year: year!,
		...(month ? { month } : {}),
		...(day ? { day } : {}),
		...(hour !== undefined ? { hour, minute } : {}),
		...(second !== undefined ? { second } : {})
	};
}

function mediaOut(media: Media | undefined): { media?: TimelineJsMedia } {
	if (!media) return {};
	const { url, caption, credit, alt, link, thumbnail } = media;
	return {
		media: {
			// Addresses pass as they are: the schema let through only https:, http: and inline raster images.
			url,
			...(caption ? { caption: escapeHtml(caption) } : {}),
			...(credit ? { credit: escapeHtml(credit) } : {}),
			...(alt ? { alt: escapeHtml(alt) } : {}),
			...(link ? { link } : {}),
			...(thumbnail ? { thumbnail } : {})
		}
	};
}

/**
 * A slide's text: an event read from an article gives the sentence its date was read in; one that came
 * from a TimelineJS slide has its paragraph to itself, which is that slide's text (empty when the slide
 * had only a headline).
 */
function slideText(data: Dataset, event: TimelineEvent): string {
	const paragraph = data.paragraphs[event.paragraph]?.text ?? event.quote;
	if (event.derivation[0]?.rule === 'timelinejs')
		return paragraph === event.title ? '' : `<p>${escapeHtml(paragraph)}</p>`;
	return `<blockquote>${escapeHtml(sentenceOf(paragraph, event.span, data.article.language))}</blockquote>`;
}

export function toTimelineJs(data: Dataset): TimelineJsFile {
	const { title, lead, source, media } = data.article;
	return {
		title: {
			text: {
				headline: escapeHtml(title),
				text: lead ? `<p>${escapeHtml(lead)}</p>` : source ? escapeHtml(source) : ''
			},
			...mediaOut(media)
		},
		events: inTimeOrder(data.events).map((event) => {
			// An open range ("since 2014") has no end TimelineJS can draw: it runs to the day the article
			// was published, and the slide says that it goes on.
			const open = event.end === 'open';
			const end = open ? data.article.published : event.end;
			// A time that ends the day the event starts (14:00 to 16:00) gives the slide an end on that day.
			const endDate = end ?? (event.endTime ? event.start : undefined);
			return {
				start_date: isoToDate(event.start, event.time),
				...(endDate ? { end_date: isoToDate(endDate, open ? undefined : event.endTime) } : {}),
				text: {
					headline: escapeHtml(event.title),
					text: [
						slideText(data, event),
						open ? `<p>${escapeHtml(WORDS[data.article.language].legendOpen)}</p>` : ''
					].join('')
				},
				...mediaOut(event.media),
				...(event.group ? { group: escapeHtml(event.group) } : {}),
				...(event.displayDate ? { display_date: escapeHtml(event.displayDate) } : {}),
				unique_id: event.id
			};
		}),
		...(data.eras?.length
			? {
					eras: data.eras.map((era) => ({
						start_date: isoToDate(era.start),
						end_date: isoToDate(era.end),
						text: { headline: escapeHtml(era.title ?? '') }
					}))
				}
			: {})
	};
}
