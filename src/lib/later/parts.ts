/**
 * Every part that loads later (`Later`), by the import of its code. Each import is dynamic, so that the
 * browser's first load holds none of their code, while SvelteKit, finding the same import on the server's
 * side of the page (served.ts), still links their styles into the page the server draws them into.
 */
import type { PartLoader } from './types';

// Its layout (the engine) comes with it, in one chunk: the first interactive draw waits for both.
export const loadTimeline = () => import('$lib/timeline/Timeline.svelte');

// The reading page's bar (the language, sharing), its list of undated mentions and what it says of the
// selection: each answers only to the reader, so each can wait for its code.
export const loadBar = () => import('$lib/reading/ReaderBar.svelte');
export const loadUndated = () => import('$lib/reading/UndatedList.svelte');
export const loadStatus = () => import('$lib/reading/SelectionStatus.svelte');

/** Each a loader of its own props' part. */
export const PARTS: PartLoader<never>[] = [loadTimeline, loadBar, loadUndated, loadStatus];
