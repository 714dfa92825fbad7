/**
 * The boundary where data enters: structure by the schema, then the cross-field rules. Every problem
 * names where it is, so that a build error or an embed message can point at the exact field.
 */
import * as v from 'valibot';
import { findInconsistencies, type Problem } from './consistency';
import { DatasetSchema, type Dataset } from './schema';

export type Validation<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validateWith<S extends v.GenericSchema>(
	schema: S,
	input: unknown
): Validation<v.InferOutput<S>> {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, data: result.output };
	return {
		ok: false,
		problems: result.issues.map((issue) => ({
			path: v.getDotPath(issue) ?? '(root)',
			message: issue.message
		}))
	};
}

export function validateDataset(input: unknown): Validation<Dataset> {
	const structural = validateWith(DatasetSchema, input);
	if (!structural.ok) return structural;
	const problems = findInconsistencies(structural.data);
	return problems.length ? { ok: false, problems } : structural;
}

/** One line per problem, each naming where: `data/x.json: events.3.quote: ...`. */
export function describeProblems(where: string, problems: Problem[]): string {
	return problems.map((problem) => `${where}: ${problem.path}: ${problem.message}`).join('\n');
}
