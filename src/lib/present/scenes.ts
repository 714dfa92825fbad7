/**
 * Scenes: a presenter's saved views, played in order by `/present`. One scene is a time window, a
 * selected event and a caption, each optional. A story travels in the URL (`?scenes=<json>`) or as a
 * small JSON file (`?story=<url>`, `{ "scenes": [...] }`); either way it is checked here like any data
 * that enters, and every problem names the scene and the field.
 */
import * as v from 'valibot';
import { isoDay as day } from '$lib/model/date-fields';
import { DAY_MS, eventExtent, toIso } from '$lib/model/dates';
import { isEventId } from '$lib/model/id';
import { inTimeOrder } from '$lib/model/order';
import type { Dataset, TimelineEvent } from '$lib/model/schema';
import { validateWith, type Validation } from '$lib/model/validate';
import type { TimeWindow } from '$lib/model/window';

export const SceneSchema = v.pipe(
	v.strictObject({
		/** Selected event; shown (the timeline zooms to it) unless a window is given. */
		event: v.optional(
			v.pipe(
				v.string(),
				v.check((value: string) => isEventId(value), 'must be an event id')
			)
		),
		/** Window start and end; give both or neither (neither with no event: fit all). */
		from: v.optional(day),
		to: v.optional(day),
		/** Said under the timeline in place of the event's title. Plain text. */
		caption: v.optional(v.pipe(v.string(), v.maxLength(280, 'must be at most 280 characters')))
	}),
	v.check(
		(scene) => (scene.from === undefined) === (scene.to === undefined),
		'from and to go together: give both or neither'
	),
	v.check((scene) => scene.from === undefined || scene.from <= scene.to!, 'from must not be after to')
);

export const StorySchema = v.strictObject({
	scenes: v.pipe(v.array(SceneSchema), v.minLength(1, 'must hold at least one scene'), v.maxLength(500))
});

export type Scene = v.InferOutput<typeof SceneSchema>;

/**
 * A window around an event that shows it large but keeps its neighbourhood: three times its own length,
 * and at least a quarter of the whole data set's span, centred on it. Moving from one such window to the
 * next is what makes the stage's timeline travel.
 */
export function windowAround(event: TimelineEvent, whole: readonly [Date, Date]): TimeWindow {
	const [start, end] = eventExtent(event);
	const width = Math.max(3 * (end - start), (+whole[1] - +whole[0]) / 4, 7 * DAY_MS);
	const middle = (start + end) / 2;
	const day = (time: number) => toIso(new Date(time), 'day');
	return { from: day(middle - width / 2), to: day(middle + width / 2 + DAY_MS) };
}

/** One scene per event, in time order, each zoomed around its event: what `/present` plays by default. */
export function defaultScenes(data: Dataset): Scene[] {
	const extents = data.events.map((event) => eventExtent(event));
	const whole: [Date, Date] = [
		new Date(Math.min(...extents.map(([from]) => from))),
		new Date(Math.max(...extents.map(([, to]) => to)))
	];
	return inTimeOrder(data.events).map((event) => ({ event: event.id, ...windowAround(event, whole) }));
}

/** A story from parsed JSON, checked against the data set it plays over. */
export function validateStory(input: unknown, data: Dataset): Validation<Scene[]> {
	const result = validateWith(StorySchema, input);
	if (!result.ok) return result;
	const known = new Set(data.events.map((event) => event.id));
	const problems = result.data.scenes.flatMap((scene, at) =>
		scene.event !== undefined && !known.has(scene.event)
			? [{ path: `scenes.${at}.event`, message: `"${scene.event}" is not an event of this article` }]
			: []
	);
	return problems.length ? { ok: false, problems } : { ok: true, data: result.data.scenes };
}

/** The `scenes` URL parameter: the scenes array as JSON, which URLSearchParams escapes. */
export function encodeScenes(scenes: readonly Scene[]): string {
	return JSON.stringify(scenes);
}

export function decodeScenes(param: string, data: Dataset): Validation<Scene[]> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(param);
	} catch {
		return { ok: false, problems: [{ path: 'scenes', message: 'is not valid JSON' }] };
	}
	return validateStory({ scenes: parsed }, data);
}

/** The view on screen as a scene: what the presenter sees is what the stage will show. */
export function sceneOf(state: { event: string | null; view: TimeWindow | null }, caption = ''): Scene {
	return {
		...(state.event ? { event: state.event } : {}),
		...(state.view ? { from: state.view.from, to: state.view.to } : {}),
		...(caption.trim() ? { caption: caption.trim().slice(0, 280) } : {})
	};
}
