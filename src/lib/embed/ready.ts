/**
 * Calls `then` once the page's timeline says its first interactive draw is done (`data-ready="true"`,
 * the timeline's documented hook): before that, commands to it may be overtaken by its own first fit.
 * Returns the function that stops waiting.
 */
export function whenTimelineReady(then: () => void): () => void {
	const observer = new MutationObserver(() => check());
	const check = () => {
		if (!document.querySelector('svg[data-timeline][data-ready="true"]')) return;
		observer.disconnect();
		then();
	};
	observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
	check();
	return () => observer.disconnect();
}
