/**
 * What a key does on the stage. Clickers send PageDown/PageUp (most), arrows, or "." and "B" for the
 * black-screen button; Space and Enter advance as in every slide tool. Modified keys are the browser's.
 */
export type StageAction = 'next' | 'prev' | 'blank' | 'fullscreen' | 'fit' | 'first' | 'last' | 'speaker';

const KEYS: Record<string, StageAction> = {
	PageDown: 'next',
	ArrowRight: 'next',
	ArrowDown: 'next',
	' ': 'next',
	Enter: 'next',
	PageUp: 'prev',
	ArrowLeft: 'prev',
	ArrowUp: 'prev',
	Backspace: 'prev',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	F: 'fullscreen',
	Home: 'fit',
	End: 'last',
	s: 'speaker',
	S: 'speaker'
};

export function stageAction(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>
): StageAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	return Object.hasOwn(KEYS, event.key) ? KEYS[event.key]! : null;
}

/** The one message the audience and speaker windows exchange over BroadcastChannel. */
export interface SceneMessage {
	type: 'nianbiao:scene';
	index: number;
	blank: boolean;
}

export function parseSceneMessage(data: unknown, count: number): SceneMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, index, blank } = data as Record<string, unknown>;
	if (type !== 'nianbiao:scene' || typeof blank !== 'boolean') return null;
	if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) return null;
	return { type, index, blank };
}
