/**
 * The gestures that come before the timeline's camera (d3-zoom), which loads at a first sign of
 * interest (issue 13's budget): a wheel, a press, a drag, a pinch or a double click on the chart is held,
 * each event copied as it comes, and handed to the camera in order once it has come, so that none is
 * lost. A click on a mark needs none of this: the marks answer before the camera.
 */

/** What d3-zoom listens for on the chart; a press goes on over the window (its moves, its release). */
const ON_CHART = ['wheel', 'mousedown', 'dblclick', 'touchstart', 'touchmove', 'touchend', 'touchcancel'];
const AFTER_PRESS = ['mousemove', 'mouseup'];
/** What d3-zoom reads of an event, where the event has it. */
const FIELDS = [
	'screenX',
	'screenY',
	'clientX',
	'clientY',
	'button',
	'buttons',
	'detail',
	'ctrlKey',
	'shiftKey',
	'altKey',
	'metaKey',
	'deltaX',
	'deltaY',
	'deltaZ',
	'deltaMode'
];
const TOUCH_LISTS = ['touches', 'targetTouches', 'changedTouches'];

/**
 * A copy of a mouse, wheel or touch event that can be dispatched again: it does not bubble, so only
 * the element it is dispatched to (the chart, or the window for a press's moves) hears it.
 */
export function copyEvent(event: Event): Event {
	const source = event as unknown as Record<string, unknown>;
	const init: Record<string, unknown> = { cancelable: true, view: window };
	for (const key of FIELDS) if (key in event) init[key] = source[key];
	for (const key of TOUCH_LISTS) if (key in event) init[key] = Array.from(source[key] as ArrayLike<Touch>);
	return new (event.constructor as typeof Event)(event.type, init);
}

/**
 * Holds the chart's gestures until stopped (the returned function): `hold` gets, for each, what hands it
 * on. A held wheel does not scroll the page, as it would not once the camera listens.
 */
export function holdGestures(chart: SVGSVGElement, hold: (handOn: () => void) => void): () => void {
	const listening = new AbortController();
	const { signal } = listening;
	let pressed = false;
	const keep = (event: Event, on: EventTarget) => {
		const copy = copyEvent(event);
		hold(() => on.dispatchEvent(copy));
	};
	for (const type of ON_CHART)
		chart.addEventListener(
			type,
			(event) => {
				if (type === 'wheel') event.preventDefault();
				if (type === 'mousedown') pressed = true;
				keep(event, chart);
			},
			{ signal, passive: type !== 'wheel' }
		);
	for (const type of AFTER_PRESS)
		window.addEventListener(
			type,
			(event) => {
				if (!pressed) return;
				if (type === 'mouseup') pressed = false;
				keep(event, window);
			},
			{ signal, capture: true }
		);
	return () => listening.abort();
}
