import type { Locator } from '@playwright/test';

/** The sizes a room's screen comes in: a projector's 720p and a 1080p display. */
export const STAGE_SIZES = [
	[1280, 720],
	[1920, 1080]
] as const;

/**
 * What a timeline shows a room: each drawn event's row (its mark's top), how many clusters hold a single
 * event, whether the selected label lies inside the chart, and whether it was cut short.
 */
export const frameState = (svg: Locator) =>
	svg.evaluate((s: SVGSVGElement) => {
		const bounds = s.getBoundingClientRect();
		const lanes = Object.fromEntries(
			[...s.querySelectorAll('[data-event-id]')].map((mark) => [
				mark.getAttribute('data-event-id'),
				Math.round(mark.querySelector('circle, rect')!.getBoundingClientRect().top)
			])
		);
		const text = s.querySelector('[aria-current="true"] text');
		const label = text?.getBoundingClientRect();
		return {
			lanes,
			lonely: s.querySelectorAll('[data-cluster-size="1"]').length,
			inside: !label || (label.left >= bounds.left - 1 && label.right <= bounds.right + 1),
			cut: text?.textContent?.endsWith('…') ?? false
		};
	});
