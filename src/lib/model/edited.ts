/**
 * Whether a person changed an event: the steps an editor's hand leaves in its derivation. Apart from
 * `derivation.ts`, whose schema (valibot) the card does not need to load to say so.
 */
import type { Derivation, DerivationStep } from './derivation';

const BY_HAND: ReadonlySet<DerivationStep['rule']> = new Set([
	'merged',
	'curated',
	'renamed',
	'redated',
	'relinked'
]);

export function isEdited(derivation: Derivation): boolean {
	return derivation.some((step) => BY_HAND.has(step.rule));
}
