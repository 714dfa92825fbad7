import { describe, expect, it } from 'vitest';
import { addressOf } from './opened';

describe('the address /new keeps', () => {
	it('holds the record’s id and no fragment, the rest of the query kept', () => {
		expect(addressOf('https://x.org/new?event=e-1#v1.abc', 't-1')).toBe('https://x.org/new?event=e-1&id=t-1');
		expect(addressOf('https://x.org/new?id=t-1#v1.abc', null)).toBe('https://x.org/new?id=t-1');
	});
});
