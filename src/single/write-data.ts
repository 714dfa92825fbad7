/**
 * Step one of `npm run build:single`: the default article, extracted and validated exactly as the
 * normal build does it, with the copies in another script that the site serves as
 * `/a/<name>/zh-Hans.json`, written where src/single/data.ts picks them up. The hash router that the
 * offline file needs has no server loads, and file:// nothing to fetch, so the data is baked into the
 * bundle instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultArticleName, loadArticle } from '../lib/server/articles';
import { scriptCopies } from '../lib/server/scripts';

const name = defaultArticleName();
const dataset = loadArticle(name);
const copies = scriptCopies(dataset);
const out = join(import.meta.dirname, 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'data.json'), JSON.stringify({ name, dataset, copies }));
console.log(`src/single/generated/data.json: ${[name, ...Object.keys(copies)].join(', ')}`);
