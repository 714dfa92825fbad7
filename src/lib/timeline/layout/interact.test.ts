import { describe, expect, it } from 'vitest';
import { clusterWindow, revealWindow } from './interact';

describe('revealWindow', () => {
	const domain: [number, number] = [0, 1000];
	it('leaves the window alone when the item is in view, unless asked to centre', () => {
		expect(revealWindow({ from: 400, to: 410 }, domain, false)).toBeNull();
		expect(revealWindow({ from: 400, to: 410 }, domain, true)).toEqual([-95, 905]);
	});
	it('brings an item out of view to the middle, keeping the zoom', () => {
		expect(revealWindow({ from: 2000, to: 2010 }, domain, false)).toEqual([1505, 2505]);
	});
	it('zooms out for an item wider than the window', () => {
		const [a, b] = revealWindow({ from: 0, to: 2000 }, domain, false)!;
		expect(a).toBeLessThan(0);
		expect(b).toBeGreaterThan(2000);
	});
});

describe('clusterWindow', () => {
	it('zooms to the cluster, at least twice as close', () => {
		expect(clusterWindow({ from: 100, to: 200 }, [0, 1000])).toEqual([85, 215]);
		const [a, b] = clusterWindow({ from: 0, to: 900 }, [0, 1000]);
		expect(b - a).toBe(500);
	});
});
