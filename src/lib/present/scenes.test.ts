import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import {
	decodeScenes,
	defaultScenes,
	encodeScenes,
	sceneOf,
	validateStory,
	windowAround,
	type Scene
} from './scenes';

const data = sampleDataset();

describe('scenes', () => {
	it('default to one per event, in time order, each in a window around its event', () => {
		const scenes = defaultScenes(data);
		expect(scenes.map((scene) => scene.event)).toEqual(['e-day', 'e-year', 'e-range']);
		expect(validateStory({ scenes }, data).ok).toBe(true);
		for (const scene of scenes) {
			const event = data.events.find((e) => e.id === scene.event)!;
			expect(scene.from! <= event.start).toBe(true);
			expect(scene.to! > (event.end ?? event.start)).toBe(true);
		}
	});

	it('zoom around an event: three times its length, at least a quarter of the whole, a week at least', () => {
		const whole = [new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2026, 0, 1))] as const;
		const day = data.events.find((e) => e.id === 'e-day')!;
		// A quarter of twelve years, centred on 2014-11-19.
		expect(windowAround(day, whole)).toEqual({ from: '2013-05-20', to: '2016-05-21' });
		const range = data.events.find((e) => e.id === 'e-range')!;
		expect(windowAround(range, whole)).toEqual({ from: '2012-12-31', to: '2022-01-02' });
		const short = [new Date(Date.UTC(2014, 10, 19)), new Date(Date.UTC(2014, 10, 20))] as const;
		expect(windowAround(day, short)).toEqual({ from: '2014-11-16', to: '2014-11-24' });
	});

	it('round-trip through the URL', () => {
		const scenes: Scene[] = [
			{ from: '2014-01-01', to: '2026-01-01', caption: 'Ten years & more <in> "one" view' },
			{ event: 'e-year' },
			{ event: 'e-range', from: '2015-06-01', to: '2019-01-01' }
		];
		const params = new URLSearchParams({ scenes: encodeScenes(scenes) });
		const back = decodeScenes(new URLSearchParams(params.toString()).get('scenes')!, data);
		expect(back).toEqual({ ok: true, data: scenes });
	});

	it('name the scene and the field of every problem', () => {
		const result = validateStory(
			{
				scenes: [
					{ event: 'e-day' },
					{ from: '2015-01-01' },
					{ from: '2016-01-01', to: '2015-01-01' },
					{ event: 'e-nope' },
					{ caption: 7 },
					{ zoom: 3 }
				]
			},
			data
		);
		expect(result.ok).toBe(false);
		const paths = !result.ok ? result.problems.map((p) => p.path) : [];
		expect(paths).toEqual(
			expect.arrayContaining(['scenes.1', 'scenes.2', 'scenes.4.caption', 'scenes.5.zoom'])
		);
	});

	it('check event ids against the article once the structure is right', () => {
		expect(validateStory({ scenes: [{ event: 'e-nope' }] }, data)).toEqual({
			ok: false,
			problems: [{ path: 'scenes.0.event', message: '"e-nope" is not an event of this article' }]
		});
	});

	it('refuse an empty story and malformed JSON', () => {
		expect(validateStory({ scenes: [] }, data).ok).toBe(false);
		expect(decodeScenes('[{', data)).toEqual({
			ok: false,
			problems: [{ path: 'scenes', message: 'is not valid JSON' }]
		});
	});
});

describe('saving the view as a scene', () => {
	it('keeps what is set and nothing else, and validates as a story', () => {
		const scenes = [
			sceneOf({ event: 'e-day', view: null }),
			sceneOf({ event: null, view: { from: '2014-01-01', to: '2020-01-01' } }, '  Six years  '),
			sceneOf({ event: null, view: null }, '   ')
		];
		expect(scenes).toEqual([
			{ event: 'e-day' },
			{ from: '2014-01-01', to: '2020-01-01', caption: 'Six years' },
			{}
		]);
		expect(validateStory({ scenes }, data).ok).toBe(true);
	});
});
