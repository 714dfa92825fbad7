/**
 * The publication date when no meta file or flag gives one: a byline or a short date line near the top
 * (`2025年11月11日 10:30 来源：新华网`, `发布时间：2025-11-11`). Only a full date counts; a bare year in a
 * title is no publication date.
 */
import type { Paragraph } from '../model/schema';
import { isValidDay, type Day } from './calendar';
import { recognize } from './recognize';

const HEAD_LINES = 4;
const SHORT = 80;

export interface DateLine {
	paragraph: number;
	day: Day;
}

export function findDateLine(paragraphs: Paragraph[]): DateLine | undefined {
	if (paragraphs.length < 2) return undefined;
	for (const paragraph of paragraphs.slice(0, HEAD_LINES)) {
		if (paragraph.kind === 'body' && (paragraph.text.length > SHORT || /[。！？]/.test(paragraph.text)))
			continue;
		for (const mention of recognize(paragraph.text)) {
			const value = mention.value;
			if (value.type !== 'date' || value.year?.kind !== 'number' || value.month?.kind !== 'number') continue;
			if (value.day === undefined || value.lunar) continue;
			const day = { year: value.year.value, month: value.month.value, day: value.day };
			if (isValidDay(day)) return { paragraph: paragraph.index, day };
		}
	}
	return undefined;
}
