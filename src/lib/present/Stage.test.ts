import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import type { Dataset } from '$lib/model/schema';
import { defaultScenes } from './scenes';
import StageOnPage from './Stage.test-helper.svelte';

const counter = (data: Dataset) => {
	const { body } = render(StageOnPage, { props: { data, scenes: defaultScenes(data) } });
	return /data-scene-counter[^>]*>([^<]*)</.exec(body)?.[1];
};

describe('the stage, server-rendered', () => {
	it('counts the scenes', () => {
		expect(counter(sampleDataset())).toBe('第 1 / 3 幕');
	});
	it('says there is nothing to play when no event is dated', () => {
		// Issue 14: it said "第 1 / 0 幕".
		expect(counter({ ...sampleDataset(), events: [] })).toBe('沒有有日期的事件可播放');
	});
});
