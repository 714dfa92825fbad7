/**
 * The faster finders of the title steps (`adverbIn`, `firstLedMatch`) against the plain patterns they stand
 * for, on random text of the pieces those patterns read: the same first match, or none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstLedMatch } from './anchored';
import { adverbIn } from './titles';

/** Han characters, astral ones (a surrogate pair each) among them, the words the patterns name, and marks. */
const PIECES = [
	'创造',
	'性地',
	'性',
	'地',
	'积极',
	'已',
	'曾经',
	'进一步',
	'在',
	'大会',
	'上',
	'中',
	'期间',
	'举办',
	'，',
	'a',
	'𠀀',
	'𪚥',
	'。'
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

const ADVERB =
	/\p{Script=Han}{2}性地|(?:积极|大力|不断|进一步|持续|深入|全面|正式|成功|率先|首次|再次|多次|连续|先后|已经|已|曾经|曾)(?=\p{Script=Han})/u;
const FRAME =
	'在[^，,。在]{2,20}?(?:上|中|期间|之际)(?=\\p{Script=Han})|在[^，,。在]{2,12}?(?=携手|共同|联合|举办)';

describe('title steps', () => {
	it('adverbIn finds what the one pattern of both adverbs finds', () => {
		fc.assert(
			fc.property(text, (normal) => {
				const match = ADVERB.exec(normal);
				expect(adverbIn(normal)).toEqual(match ? { index: match.index, length: match[0].length } : undefined);
			}),
			{ examples: [['再创造性地提出'], ['𠀀𪚥性地'], ['已创造性地']] }
		);
	});

	it('firstLedMatch finds what exec from the start finds', () => {
		const plain = new RegExp(FRAME, 'u');
		const sticky = new RegExp(FRAME, 'uy');
		fc.assert(
			fc.property(text, (normal) => {
				const match = plain.exec(normal);
				const led = firstLedMatch(normal, '在', sticky);
				expect(led && [led.index, led[0]]).toEqual(match && [match.index, match[0]]);
			}),
			{ examples: [['在在大会上举办'], ['在，在大会期间创造']] }
		);
	});
});
