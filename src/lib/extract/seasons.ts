/**
 * Whether the text's league plays its season within a calendar year, as baseball and Chinese football do, rather
 * than from the autumn into the next year: it names a season by one year (`2025赛季`, `the 2024 season`) or
 * tells of half-seasons (`上半季`, the split season of a league within the year), and none by two (`2024-25赛季`,
 * `the 2014-15 season`).
 */
const ZH_ONE_YEAR = /(?<![\d/-] ?)\d{4} ?(?:赛季|球季)|[上下]半季/;
const ZH_TWO_YEARS = /\d{4} ?[-—–/至] ?\d{2,4} ?(?:赛季|球季)/;
const EN_ONE_YEAR = /\b[Tt]he \d{4} season\b/;
const EN_TWO_YEARS = /\d{4}[-–/]\d{2,4} season/;

export function seasonsInCalendarYear(normal: string, english: boolean): boolean {
	const [one, two] = english ? [EN_ONE_YEAR, EN_TWO_YEARS] : [ZH_ONE_YEAR, ZH_TWO_YEARS];
	return one.test(normal) && !two.test(normal);
}
