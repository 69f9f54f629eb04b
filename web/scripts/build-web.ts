// `npm run build:web`: builds web/dist (or WEB_OUT_DIR, where the CDK asset bundling asks) and
// prints the first-load JavaScript against its budget; exits 1 when over budget.
import { resolve } from 'node:path';
import { buildWeb, FIRST_LOAD_BUDGET, firstLoadBytes } from '../build.ts';
import { webDist } from '../vite-config.ts';

const outDir = process.env.WEB_OUT_DIR ? resolve(process.env.WEB_OUT_DIR) : webDist;
await buildWeb(outDir);
const { bytes, files } = await firstLoadBytes(outDir);
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
console.log(
  `first-load JavaScript: ${kb(bytes)} gzip (budget ${kb(FIRST_LOAD_BUDGET)}) in ${files.join(', ')}`,
);
if (bytes > FIRST_LOAD_BUDGET) {
  console.error('over budget: load more of the front end lazily');
  process.exit(1);
}
