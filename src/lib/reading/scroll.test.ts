import { describe, expect, it } from 'vitest';
import { clearOfSheet, comfortablyIn, readableBand, scrollToBelow } from './scroll';

describe('the readable band', () => {
	it('is the text pane on screen on a desktop', () => {
		expect(readableBand({ top: -500, bottom: 3000 }, 900)).toEqual({ top: 0, bottom: 900 });
		expect(readableBand({ top: 60, bottom: 3000 }, 900)).toEqual({ top: 60, bottom: 900 });
	});

	it('lies between the pinned timeline and an open sheet on a phone', () => {
		const band = readableBand(
			{ top: -100, bottom: 5000 },
			844,
			{ top: 0, bottom: 260 },
			{ top: 520, bottom: 844 }
		);
		expect(band).toEqual({ top: 260, bottom: 520 });
		// A closed sheet has no height and hides nothing.
		expect(
			readableBand({ top: 0, bottom: 5000 }, 844, { top: 0, bottom: 260 }, { top: 844, bottom: 844 })
		).toEqual({
			top: 260,
			bottom: 844
		});
	});
});

describe('words in view', () => {
	const band = { top: 200, bottom: 800 };
	it('are comfortable with a tenth of the band to spare', () => {
		expect(comfortablyIn({ top: 300, bottom: 320 }, band)).toBe(true);
		expect(comfortablyIn({ top: 210, bottom: 230 }, band)).toBe(false);
		expect(comfortablyIn({ top: 750, bottom: 770 }, band)).toBe(false);
	});

	it('are brought just below the pinned timeline', () => {
		expect(scrollToBelow({ top: 1500, bottom: 1520 }, 260)).toBe(1500 - 284);
		expect(scrollToBelow({ top: 100, bottom: 120 }, 260)).toBeLessThan(0);
	});

	it('move up out from under a sheet only when they are on screen and covered', () => {
		expect(clearOfSheet({ top: 600, bottom: 620 }, 560, 844)).toBe(84);
		expect(clearOfSheet({ top: 300, bottom: 320 }, 560, 844)).toBe(0);
		expect(clearOfSheet({ top: 1200, bottom: 1220 }, 560, 844)).toBe(0);
	});
});
