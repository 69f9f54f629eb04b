// Snapshots of the synthesized templates (the skuba way): bundling is off and asset hashes are
// normalised, so a snapshot changes only when the infrastructure does. Review a changed snapshot
// like code, then update it with `npx vitest run infra -u`.
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './test-app.ts';

const { app, stateful, service } = testApp();
let assembly: CloudAssembly;

beforeAll(() => {
  assembly = app.synth();
});

/** The template with its asset hashes replaced, formatted as Prettier keeps the repository. */
async function normalised(template: unknown, snapshot: string): Promise<string> {
  const json = JSON.stringify(template).replace(/[0-9a-f]{64}/g, '<asset hash>');
  return format(json, { ...(await resolveConfig(snapshot)), filepath: snapshot });
}

describe.each([stateful, service])('the template of $stackName', (stack) => {
  it('is the one reviewed', async () => {
    const snapshot = `__snapshots__/${stack.stackName}.template.json`;
    const template: unknown = assembly.getStackByName(stack.stackName).template;
    await expect(await normalised(template, join(import.meta.dirname, snapshot))).toMatchFileSnapshot(
      snapshot,
    );
  });
});
