// `npm run build:web`: builds web/dist and prints the first-load JavaScript against its budget;
// exits 1 when over budget.
import { buildWeb, FIRST_LOAD_BUDGET, firstLoadBytes } from '../build.ts';

await buildWeb();
const { bytes, files } = await firstLoadBytes();
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
console.log(
  `first-load JavaScript: ${kb(bytes)} gzip (budget ${kb(FIRST_LOAD_BUDGET)}) in ${files.join(', ')}`,
);
if (bytes > FIRST_LOAD_BUDGET) {
  console.error('over budget: load more of the front end lazily');
  process.exit(1);
}
