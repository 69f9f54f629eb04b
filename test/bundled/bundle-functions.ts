// Bundles every Lambda of the service as CDK's NodejsFunction does: the esbuild flags are read from
// infra's own bundlingOptions (one source for both), the few NodejsFunction adds itself are written here
// (platform node, bundle, the index.mjs output). One esbuild run for all entries, so it stays fast.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildOptionsOf } from '../../infra/esbuild-options.ts';
import { projectRoot } from '../../infra/permis-points-function.ts';
import { httpRoutes } from '../../functions/routes.ts';

export interface LambdaFunction {
  /** A name for the bundle's folder. */
  id: string;
  /** The entry module, relative to functions/ (as infra gives it). */
  entry: string;
  /** Folders shipped beside the bundle, relative to functions/. */
  assetFolders?: string[];
}

/** Every function infra defines (bundled.test.ts checks this list against infra's sources). */
export const lambdaFunctions: LambdaFunction[] = [
  ...httpRoutes.map(({ folder }) => ({ id: folder, entry: `${folder}/handler.ts` })),
  { id: 'not-found', entry: 'not-found/handler.ts' },
  { id: 'franceconnect-bridge', entry: 'franceconnect-bridge/handler.ts' },
  { id: 'render-document', entry: 'render-document/handler.ts', assetFolders: ['document-pdf/fonts'] },
  { id: 'restore-points-planner', entry: 'restore-points/handler.ts' },
  { id: 'restore-points-worker', entry: 'restore-points/worker.ts' },
  { id: 'send-alerts', entry: 'send-alerts/handler.ts' },
];

/** Bundles `functions` into a fresh folder; answers the path of each one's index.mjs, by id. */
export async function bundleFunctions(
  functions: LambdaFunction[] = lambdaFunctions,
): Promise<Map<string, string>> {
  const outdir = await mkdtemp(join(tmpdir(), 'pp-bundled-'));
  await build({
    ...esbuildOptionsOf({ name: 'test/bundled', budgetBytes: Number.POSITIVE_INFINITY }),
    outExtension: { '.js': '.mjs' },
    entryPoints: Object.fromEntries(
      functions.map(({ id, entry }) => [`${id}/index`, join(projectRoot, 'functions', entry)]),
    ),
    outdir,
  });
  for (const { id, assetFolders = [] } of functions) {
    for (const folder of assetFolders) {
      await cp(join(projectRoot, 'functions', folder), join(outdir, id, folder.split('/').pop() ?? folder), {
        recursive: true,
      });
    }
  }
  return new Map(functions.map(({ id }) => [id, join(outdir, id, 'index.mjs')]));
}
