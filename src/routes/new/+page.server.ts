import { examples } from '$lib/server/examples';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ examples: examples() });
