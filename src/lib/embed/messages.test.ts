import { describe, expect, it } from 'vitest';
import { sampleDataset } from '$lib/model/fixture.test-helper';
import { acceptsOrigin, heightMessage, parseCommand, readyMessage, selectMessage } from './messages';

const known = new Set(['e-day', 'e-year']);

describe('incoming messages', () => {
	it('become commands when well formed', () => {
		expect(parseCommand({ type: 'nianbiao:goto', event: 'e-day' }, known)).toEqual({
			type: 'goto',
			event: 'e-day'
		});
		expect(parseCommand({ type: 'nianbiao:next', extra: 1 }, known)).toEqual({ type: 'next' });
		expect(parseCommand({ type: 'nianbiao:prev' }, known)).toEqual({ type: 'prev' });
		expect(parseCommand({ type: 'nianbiao:fit' }, known)).toEqual({ type: 'fit' });
		expect(parseCommand({ type: 'nianbiao:view', from: '2014-01-01', to: '2015-01-01' }, known)).toEqual({
			type: 'view',
			from: '2014-01-01',
			to: '2015-01-01'
		});
	});

	it("answer reveal.js's bare strings", () => {
		expect(parseCommand('slide:start', known)).toEqual({ type: 'slide:start' });
		expect(parseCommand('slide:stop', known)).toEqual({ type: 'slide:stop' });
	});

	it('ignore everything else', () => {
		const ignored: unknown[] = [
			null,
			undefined,
			42,
			'nianbiao:next',
			'{"type":"nianbiao:next"}',
			'<img src=x onerror=alert(1)>',
			['nianbiao:next'],
			{},
			{ type: 'nianbiao:goto', event: 'e-unknown' },
			{ type: 'nianbiao:goto', event: '<script>alert(1)</script>' },
			{ type: 'nianbiao:goto', event: { toString: () => 'e-day' } },
			{ type: 'nianbiao:view', from: '2015-01-01', to: '2014-01-01' },
			{ type: 'nianbiao:view', from: '<b>2014</b>', to: '2015-01-01' },
			{ type: 'nianbiao:select', event: 'e-day' },
			{ type: 'NIANBIAO:NEXT' },
			{ type: '__proto__' },
			{ namespace: 'reveal', eventName: 'slidechanged' }
		];
		for (const data of ignored) expect(parseCommand(data, known), JSON.stringify(data)).toBeNull();
	});

	it('obey only the named origin when there is one', () => {
		expect(acceptsOrigin(null, 'https://anyone.example')).toBe(true);
		expect(acceptsOrigin('https://deck.example', 'https://deck.example')).toBe(true);
		expect(acceptsOrigin('https://deck.example', 'https://evil.example')).toBe(false);
		expect(acceptsOrigin('https://deck.example', 'null')).toBe(false);
	});
});

describe('outgoing messages', () => {
	it('announce the events in time order with just what a deck needs', () => {
		expect(readyMessage(sampleDataset().events)).toEqual({
			type: 'nianbiao:ready',
			events: [
				{ id: 'e-day', start: '2014-11-19', precision: 'day', title: '首屆大會在烏鎮開幕' },
				{ id: 'e-year', start: '2015', precision: 'year', title: '=倡議提出' },
				{ id: 'e-range', start: '2016', precision: 'year', title: '持續推進, "<b>測試</b>"' }
			]
		});
	});

	it('are plain data that survives structured cloning', () => {
		for (const message of [selectMessage('e-day'), selectMessage(null), heightMessage(301.2)])
			expect(structuredClone(message)).toEqual(message);
		expect(heightMessage(301.2).height).toBe(302);
	});
});
