import { describe, expect, it } from 'vitest';
import { ViewState } from './view.svelte';

const window2015 = { from: '2015-01-01', to: '2015-12-31' };

describe('the view state', () => {
	it('starts from what it is given', () => {
		const view = new ViewState({ lang: 'en', selected: 'e-1', window: window2015 });
		expect([view.lang, view.selected, view.window, view.move]).toEqual(['en', 'e-1', window2015, null]);
	});

	it('asks the timeline to show an event picked anywhere but on the timeline', () => {
		const view = new ViewState({ lang: 'zh-Hant' });
		view.select('e-1', 'text');
		expect(view.move).toMatchObject({ kind: 'reveal', event: 'e-1' });
		const asked = view.move!.n;
		view.select('e-2', 'timeline');
		expect(view.selected).toBe('e-2');
		expect(view.move!.n).toBe(asked);
	});

	it('shows an event picked again in the text again, without selecting it again', () => {
		const view = new ViewState({ lang: 'zh-Hant' });
		view.select('e-1', 'text');
		const { n: selection } = view.selection;
		const { n: move } = view.move!;
		view.select('e-1', 'text');
		expect(view.selection.n).toBe(selection);
		expect(view.move!.n).toBe(move + 1);
		view.select('e-1', 'list');
		expect(view.move!.n).toBe(move + 1);
		// An edit that moved the event to another date shows it there.
		view.select('e-1', 'edit');
		expect(view.selection.n).toBe(selection);
		expect(view.move!.n).toBe(move + 2);
	});

	it('restores a selection in exactly its window, without revealing the event', () => {
		const view = new ViewState({ lang: 'zh-Hant' });
		view.restore('e-3', window2015, 'history', false);
		expect(view.selection).toMatchObject({ id: 'e-3', origin: 'history' });
		expect(view.window).toEqual(window2015);
		expect(view.move).toMatchObject({ kind: 'window', window: window2015, animate: false });
		view.restore(null, null, 'history');
		expect(view.selected).toBeNull();
		expect(view.move).toMatchObject({ kind: 'window', window: null, animate: true });
	});

	it('numbers every request, so the same one asked twice is carried out twice', () => {
		const view = new ViewState({ lang: 'zh-Hant' });
		view.goTo(null);
		const first = view.move!.n;
		view.goTo(null);
		expect(view.move!.n).toBe(first + 1);
	});

	it('takes the window the timeline settles on, and nothing else, from the timeline', () => {
		const view = new ViewState({ lang: 'zh-Hant' });
		view.goTo(window2015);
		const before = view.move;
		view.settled({ from: '2015-01-01', to: '2015-12-30' });
		expect(view.window).toEqual({ from: '2015-01-01', to: '2015-12-30' });
		expect(view.move).toBe(before);
		view.settled(null);
		expect(view.window).toBeNull();
	});
});
