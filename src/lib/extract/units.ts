/**
 * Tests of one UTF-16 code unit, for loops that read text unit by unit. `text[i]` makes a new string of each
 * Chinese character (only Latin-1 ones are shared), which then goes to the garbage collector, and a regular
 * expression or a `Set` of strings costs more than a table: read by `charCodeAt`, a unit costs nothing.
 */

const YES = 1;
const NO = 2;

/**
 * Whether a code unit matches `pattern` (a character class, without the `g` or `y` flag), as
 * `pattern.test(text[i])` says: asked once per unit, then read from a table. A position past the end of the
 * text (`charCodeAt` gives NaN) matches nothing.
 */
export function unitTest(pattern: RegExp): (code: number) => boolean {
	const answers = new Uint8Array(0x10000);
	return (code) => {
		let answer = answers[code];
		if (answer === undefined) return false;
		if (!answer) answers[code] = answer = pattern.test(String.fromCharCode(code)) ? YES : NO;
		return answer === YES;
	};
}
