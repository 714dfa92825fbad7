/**
 * Chinese and Arabic numerals as numbers. Two readings exist and both matter for dates: positional
 * (`二十三`, `两千零四`), used for counts, months and days, and digit by digit (`二〇一四`, `二零零四`),
 * used only for years.
 */

const DIGITS: Record<string, number> = {
	〇: 0,
	零: 0,
	一: 1,
	二: 2,
	两: 2,
	兩: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千廿卅';

/** `二〇一四` → 2014: every character a digit, as years are written. */
export function digitByDigit(text: string): number | undefined {
	let value = 0;
	for (const char of text) {
		const digit = DIGITS[char];
		if (digit === undefined || char === '两' || char === '兩') return undefined;
		value = value * 10 + digit;
	}
	return text.length ? value : undefined;
}

/** `二十三` → 23, `两千零四` → 2004, `廿一` → 21, `十` → 10; undefined when it is not a numeral. */
export function positional(text: string): number | undefined {
	if (!text) return undefined;
	let total = 0;
	let pending: number | undefined;
	let lastUnit = Infinity;
	for (const char of text.replace('廿', '二十').replace('卅', '三十')) {
		const digit = DIGITS[char];
		if (digit !== undefined) {
			if (pending !== undefined && pending !== 0 && digit !== 0) return undefined;
			pending = digit;
			continue;
		}
		const unit = UNITS[char];
		if (unit === undefined || unit >= lastUnit) return undefined;
		total += (pending ?? 1) * unit;
		pending = undefined;
		lastUnit = unit;
	}
	return total + (pending ?? 0);
}

/** Arabic digits (already ASCII after normalization) or a positional Chinese numeral. */
export function numberOf(text: string): number | undefined {
	if (/^\d+$/.test(text)) return Number(text);
	return positional(text);
}
