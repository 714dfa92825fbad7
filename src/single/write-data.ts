/**
 * Step one of `npm run build:single`: the default article, extracted and validated exactly as the
 * normal build does it, written where src/single/data.ts picks it up. The hash router that the
 * offline file needs has no server loads, so the data is baked into the bundle instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultArticleName, loadArticle } from '../lib/server/articles';

const name = defaultArticleName();
const out = join(import.meta.dirname, 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'data.json'), JSON.stringify({ name, dataset: loadArticle(name) }));
console.log(`src/single/generated/data.json: ${name}`);
