/**
 * What every page of an article loads at build time: the validated data set and the timeline's first
 * frame, laid out here so that it stays on screen through hydration until d3 arrives.
 */
import { firstFrame, roundFrame } from '$lib/timeline/layout/frame';
import type { Frame, Theme } from '$lib/timeline/layout/types';
import type { Dataset } from '$lib/model/schema';
import { shownOnPage } from '$lib/reading/shown-paragraphs';
import { loadArticle } from './articles';

export interface ArticlePage {
	/** The article's name in `data/`, which names its Simplified copy. */
	name: string;
	dataset: Dataset;
	/** Absent in the offline file, which has no server to lay it out. */
	frame?: Frame;
}

export function articlePage(name: string, theme?: Theme): ArticlePage {
	const dataset = loadArticle(name);
	return { name, dataset, frame: roundFrame(firstFrame(dataset, { theme })) };
}

/**
 * The page of an article read in full (`/`, `/a/<name>`): prerendered, its data carries the paragraphs
 * without the texts the page shows (`shownOnPage`); a client-side navigation's data (`isDataRequest`) holds them.
 */
export function readerPage(name: string, isDataRequest: boolean): ArticlePage {
	const page = articlePage(name);
	if (isDataRequest) return page;
	return { ...page, dataset: { ...page.dataset, paragraphs: shownOnPage(page.dataset.paragraphs) } };
}
