/**
 * Scenes: a presenter's saved views, played in order by `/present`. One scene is a time window, a
 * selected event and a caption, each optional. A story travels in the URL (`?scenes=<json>`) or as a
 * small JSON file (`?story=<url>`, `{ "scenes": [...] }`); either way it is checked here like any data
 * that enters, and every problem names the scene and the field.
 */
import * as v from 'valibot';
import type { Dataset } from '$lib/model/schema';
import { validateWith, type Validation } from '$lib/model/validate';
import { isEventId, isIsoDay } from '$lib/embed/options';
import { inTimeOrder } from './order';

const day = v.pipe(
	v.string(),
	v.check((value: string) => isIsoDay(value), 'must be a real day written YYYY-MM-DD')
);

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
	v.check((scene) => scene.from === undefined || scene.from < scene.to!, 'from must be before to')
);

export const StorySchema = v.strictObject({
	scenes: v.pipe(v.array(SceneSchema), v.minLength(1, 'must hold at least one scene'), v.maxLength(500))
});

export type Scene = v.InferOutput<typeof SceneSchema>;

/** One scene per event, in time order: what `/present` plays when no story is given. */
export function defaultScenes(data: Dataset): Scene[] {
	return inTimeOrder(data.events).map((event) => ({ event: event.id }));
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
export function sceneOf(
	state: { event: string | null; view: { from: string; to: string } | null },
	caption = ''
): Scene {
	return {
		...(state.event ? { event: state.event } : {}),
		...(state.view ? { from: state.view.from, to: state.view.to } : {}),
		...(caption.trim() ? { caption: caption.trim().slice(0, 280) } : {})
	};
}
