import type { Basis } from '$lib/model/schema';

/**
 * Every word the interface says, in one folder: the page's words, one table per language (`zh-Hant.ts`,
 * `zh-Hans.ts`, `en.ts`), and the words of the parts that load on their own, the share dialog (`share.ts`,
 * its take-away `takeaway.ts`), the stage (`stage.ts`), the editor (`edit.ts`, its picture field
 * `picture.ts`) and the studio's pages (`studio.ts`), so that a reader's first load carries none of those.
 * Plain data, so that no i18n library travels with the page; dates are put into words by `../dates.ts`.
 */
export interface Words {
	/** The language's own name, for the switch (a reader looks for the name they can read). */
	autonym: string;
	language: string;
	article: string;
	/** The chart's name everywhere it is named (the product is 年表; the chart is a timeline). */
	timeline: string;

	// The reading page.
	/** Above the article: its marked dates lead to the timeline and back. */
	textHint: string;
	timelineHelp: string;
	followReading: string;
	/** The control that turns editing on (the editor's own words load with it: `edit.ts`). */
	edit: string;
	/** The studio's two pages, linked from every bar: /new and /mine. */
	newTimeline: string;
	mine: string;
	/** The share dialog's button (the dialog's own words load with it: `share.ts`). */
	share: string;
	showList: string;
	listHeading: string;
	closeList: string;
	selected: string;
	clearSelection: string;
	paragraph: (number: number) => string;
	howWeKnow: string;
	basis: Record<Basis, string>;
	/** The `k`th place in one paragraph (`where` is `paragraph(n)`), when a name recurs there. */
	occurrence: (where: string, k: number) => string;
	undatedHeading: string;
	showInText: string;

	// The timeline.
	describe: (events: number, undated: number) => string;
	zoomIn: string;
	zoomOut: string;
	fit: string;
	cluster: (count: number) => string;
	legend: string;
	legendDay: string;
	legendBand: string;
	legendRange: string;
	legendOpen: string;
	legendApproximate: string;
	overview: string;
	/** In place of the chart when no event has a date: an empty axis of some year would say otherwise. */
	noEvents: string;
}
