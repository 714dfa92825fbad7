import { describe, expect, it } from 'vitest';
import { findNames } from './mentions';
import { normalize } from './normalize';

const names = (text: string) => findNames(normalize(text)).map((n) => text.slice(n.from, n.to));

describe('findNames', () => {
	it('lists titles and named initiatives, forums, conferences', () => {
		expect(names('每年發佈《世界網際網路發展報告》等研究成果')).toEqual(['《世界網際網路發展報告》']);
		expect(names('中方同合作夥伴共同發起了數字經濟國際合作倡議,促進建設')).toEqual(['數字經濟國際合作倡議']);
		expect(names('參與聯合國網際網路治理論壇等活動')).toEqual(['聯合國網際網路治理論壇']);
	});
	it('keeps a conjunction inside a name that opens at punctuation, and drops fragments', () => {
		expect(names('舉辦論壇、中國—拉美和加勒比國家數字技術合作論壇、中非網際網路發展與合作論壇等')).toEqual([
			'中國—拉美和加勒比國家數字技術合作論壇',
			'中非網際網路發展與合作論壇'
		]);
		expect(names('融入這些機制的聲明和行動計劃。')).toEqual([]);
	});
	it('does not take a verb for a name', () => {
		expect(names('中國多次在進程中倡議各國共同完善規則')).toEqual([]);
	});
});
