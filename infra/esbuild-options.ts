// The esbuild options a NodejsFunction of this app is bundled with, read from infra's own bundlingOptions: one
// source for CDK's synth, the bundle benchmark and the bundled-handler test.
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { bundlingOptions, type BundleSpec } from './permis-points-function.ts';

/**
 * CDK's BundlingOptions as esbuild's, for what bundles outside CDK (bench:bundles, test/bundled): every option
 * infra sets is translated, or this refuses to run, so that nothing measured or tested differs from what ships.
 */
export function esbuildOptionsOf(spec: BundleSpec): BuildOptions {
  const { commandHooks: _hooks, ...options } = bundlingOptions(spec);
  const translated = new Set([
    'format',
    'target',
    'minify',
    'sourceMap',
    'sourcesContent',
    'mainFields',
    'banner',
    'bundleAwsSDK',
    'externalModules',
    'esbuildArgs',
  ]);
  const untranslated = Object.keys(options).filter((key) => !translated.has(key));
  if (untranslated.length > 0)
    throw new Error(`esbuildOptionsOf does not translate ${untranslated.join(', ')}`);
  const alias = Object.fromEntries(
    Object.entries(options.esbuildArgs ?? {}).map(([flag, value]) => {
      const module = /^--alias:(.+)$/.exec(flag)?.[1];
      if (!module) throw new Error(`esbuildOptionsOf does not translate the esbuild flag ${flag}`);
      return [module, String(value)];
    }),
  );
  return {
    bundle: true,
    platform: 'node',
    format: options.format === OutputFormat.ESM ? 'esm' : 'cjs',
    ...(options.target ? { target: options.target } : {}),
    minify: options.minify ?? false,
    // CDK's sourceMap with the default mode is esbuild's --sourcemap: a linked map file.
    ...(options.sourceMap ? { sourcemap: 'linked' as const } : {}),
    sourcesContent: options.sourcesContent ?? true,
    ...(options.mainFields ? { mainFields: options.mainFields } : {}),
    ...(options.banner ? { banner: { js: options.banner } } : {}),
    external: [...(options.bundleAwsSDK ? [] : ['@aws-sdk/*']), ...(options.externalModules ?? [])],
    alias,
    logLevel: 'error',
  };
}
