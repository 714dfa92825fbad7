import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from './fixture.test-helper';
import { defaultScenes } from './scenes';
import Stage from './Stage.svelte';

const timeline = createRawSnippet(() => ({ render: () => '<div></div>' }));
const counter = (body: string) => /data-scene-counter[^>]*>([^<]*)</.exec(body)?.[1];

describe('the stage, server-rendered', () => {
	it('counts the scenes', () => {
		const data = sampleDataset();
		const props = { data, scenes: defaultScenes(data), lang: 'zh-Hant' as const, selected: null, view: null };
		expect(counter(render(Stage, { props: { ...props, children: timeline } }).body)).toBe('第 1 / 3 幕');
	});
	it('says there is nothing to play when no event is dated', () => {
		// Issue 14: it said "第 1 / 0 幕".
		const data = { ...sampleDataset(), events: [] };
		const props = { data, scenes: defaultScenes(data), lang: 'zh-Hant' as const, selected: null, view: null };
		expect(counter(render(Stage, { props: { ...props, children: timeline } }).body)).toBe(
			'沒有有日期的事件可播放'
		);
	});
});
