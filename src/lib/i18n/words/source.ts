/**
 * What /embed and /present say about `?src=` in place of their page, loaded with them. In English only:
 * the sentence ends with a problem from `source/fetch.ts`, an English clause the console and the data
 * set's author read too.
 */
export const SOURCE_WORDS = {
	loading: (src: string | null) => `Loading ${src}…`,
	/** The words before the address and after it: "The timeline could not load <address>: it <problem>." */
	failed: (what: 'timeline' | 'stage') => [`The ${what} could not load`, ': it'] as const,
	/** After "it", when the data set's drawing failed (while its check, which says why, is under way). */
	undrawable: 'cannot be drawn',
	/** Offered when trying again could mend it (a network or a server's trouble, a timeout). */
	retry: 'Retry',
	/** Above a timeline that opened without the parts of its file that could not be read. */
	leftOut: (count: number) =>
		count === 1
			? 'One part of the file could not be read and was left out'
			: `${count} parts of the file could not be read and were left out`
};

/** What the offline file says in place of its page when its data element cannot be read (English, as above). */
export const OFFLINE_WORDS = {
	unreadable: 'This file’s timeline data cannot be read'
};
