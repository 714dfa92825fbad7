import { describe, expect, it } from 'vitest';
import { historyMove } from './keys';

const press = (
	key: string,
	mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
	code = ''
) => ({
	key,
	code,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	altKey: false,
	...mods
});

describe('the undo and redo keys', () => {
	it('undo with Ctrl+Z or ⌘Z, redo with the Shift or Ctrl+Y', () => {
		expect(historyMove(press('z', { ctrlKey: true }))).toBe('undo');
		expect(historyMove(press('z', { metaKey: true }))).toBe('undo');
		expect(historyMove(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
		expect(historyMove(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
		expect(historyMove(press('y', { ctrlKey: true }))).toBe('redo');
	});
	it('reads the key’s place on a layout without Latin letters', () => {
		expect(historyMove(press('я', { ctrlKey: true }, 'KeyZ'))).toBe('undo');
	});
	it('leaves every other key alone', () => {
		expect(historyMove(press('z'))).toBeNull();
		expect(historyMove(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
		expect(historyMove(press('y', { metaKey: true }))).toBeNull();
		expect(historyMove(press('x', { ctrlKey: true }))).toBeNull();
	});
});
