// `npm run local:reset`: wipes the local runtime's data folder.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const dataDir = resolve(process.env.LOCAL_DATA_DIR ?? '.local');
await rm(dataDir, { recursive: true, force: true });
console.log(`removed ${dataDir}`);
