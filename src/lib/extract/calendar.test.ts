import { describe, expect, it } from 'vitest';
import { fromLunar, holidayDay, lunarNewYearsEve, weekday } from './calendar';

describe('calendar', () => {
	it('converts lunar dates with the Chinese calendar', () => {
		expect(fromLunar(2025, 8, 15)).toEqual({ year: 2025, month: 10, day: 6 });
		expect(fromLunar(2015, 1, 1)).toEqual({ year: 2015, month: 2, day: 19 });
		expect(lunarNewYearsEve(2025)).toEqual({ year: 2025, month: 1, day: 28 });
	});
	it('knows fixed, lunar and solar-term festivals', () => {
		expect(holidayDay('国庆节', 2024)?.day).toEqual({ year: 2024, month: 10, day: 1 });
		expect(holidayDay('春节', 2024)?.day).toEqual({ year: 2024, month: 2, day: 10 });
		expect(holidayDay('中秋节', 2023)?.day).toEqual({ year: 2023, month: 9, day: 29 });
		expect(holidayDay('清明节', 2024)?.day).toEqual({ year: 2024, month: 4, day: 4 });
		expect(holidayDay('清明节', 2026)?.day).toEqual({ year: 2026, month: 4, day: 5 });
		expect(holidayDay('大年初三', 2025)?.day).toEqual({ year: 2025, month: 1, day: 31 });
		expect(holidayDay('中元节', 2026)?.day).toEqual({ year: 2026, month: 8, day: 27 });
		expect(holidayDay('冬至', 2024)?.day).toEqual({ year: 2024, month: 12, day: 21 });
		expect(holidayDay('冬至', 1990)?.day).toEqual({ year: 1990, month: 12, day: 22 });
		expect(holidayDay('夏至', 2025)?.day).toEqual({ year: 2025, month: 6, day: 21 });
	});
	it('counts weekdays from Monday', () => {
		expect(weekday({ year: 2025, month: 11, day: 11 })).toBe(2);
		expect(weekday({ year: 2025, month: 11, day: 16 })).toBe(7);
	});
});
