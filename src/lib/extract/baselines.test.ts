import { describe, expect, it } from 'vitest';
import { isBaseline } from './baselines';

/** Whether the first `date` in `text` is a baseline. */
const baseline = (text: string, date: string) => {
	const from = text.indexOf(date);
	return isBaseline(text, from, from + date.length);
};

describe('isBaseline', () => {
	it.each([
		['比上月回落0.1个百分点', '上月'],
		['较上月扩大', '上月'],
		['环比上月下降0.9%', '上月'],
		['降幅与上月持平', '上月'],
		['与9月份相比,猪肉价格涨幅收窄', '9月份'],
		['由上月持平转为下降0.3%', '上月'],
		['比去年同期提高2.1个百分点', '去年'],
		['2022年同期水平', '2022年'],
		['全市共有书店120家,是2019年的两倍多', '2019年'],
		['出货量为去年的1.5倍', '去年'],
		['本月最高气温纪录是35.2度', '本月'],
		['今年的最低记录出现在1月', '今年'],
		['连同截至2024年12月31日止年度之比较数字', '2024年12月31日'],
		['上半年业绩及2024年同期的比较数据', '2024年'],
		['建议派发末期股息每股8仙(2024年:每股10仙)', '2024年']
	])('%s: %s is a baseline', (text, date) => expect(baseline(text, date)).toBe(true));
	it.each([
		['上月,新馆开放', '上月'],
		['新厂(2024年投产)产能翻倍', '2024年'],
		['截至2025年12月31日止年度之业绩', '2025年12月31日'],
		['与上月举办的展会一样热闹', '上月'],
		['由上月起实施', '上月'],
		['9月份单月增长21.6%', '9月份'],
		['是去年的新馆', '去年'],
		['本月最高气温达到35.2度', '本月']
	])('%s: %s is not', (text, date) => expect(baseline(text, date)).toBe(false));
});
