import { describe, expect, it } from 'vitest';
import { parseSceneMessage, stageAction } from './keys';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
	stageAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('stage keys', () => {
	it('step with what clickers send', () => {
		expect(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter'].map((k) => press(k))).toEqual(
			Array(5).fill('next')
		);
		expect(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'].map((k) => press(k))).toEqual(
			Array(4).fill('prev')
		);
	});

	it('blank, go full screen, fit all', () => {
		expect([press('b'), press('B'), press('.'), press('f'), press('Home')]).toEqual([
			'blank',
			'blank',
			'blank',
			'fullscreen',
			'fit'
		]);
	});

	it("leave the browser's shortcuts and unknown keys alone", () => {
		expect(press('f', { ctrlKey: true })).toBeNull();
		expect(press('r', { metaKey: true })).toBeNull();
		expect(press('x')).toBeNull();
		expect(press('constructor')).toBeNull();
	});
});

describe('speaker channel messages', () => {
	it('carry a scene index in range and the blank state', () => {
		expect(parseSceneMessage({ type: 'nianbiao:scene', index: 2, blank: false }, 3)).toEqual({
			type: 'nianbiao:scene',
			index: 2,
			blank: false
		});
		for (const bad of [
			null,
			'next',
			{ type: 'nianbiao:scene', index: 3, blank: false },
			{ type: 'nianbiao:scene', index: -1, blank: false },
			{ type: 'nianbiao:scene', index: 1.5, blank: false },
			{ type: 'nianbiao:scene', index: '1', blank: false },
			{ type: 'nianbiao:scene', index: 1 },
			{ type: 'other', index: 1, blank: false }
		])
			expect(parseSceneMessage(bad, 3)).toBeNull();
	});
});
