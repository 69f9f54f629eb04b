import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { DEFAULT_BUNDLE_BUDGET_BYTES, projectRoot } from './permis-points-function.ts';
import { PDF_BUNDLE_BUDGET_BYTES } from './documents.ts';
import { testApp } from './test-app.ts';

const { stateful, service } = testApp();
let template: Template;
let serviceTemplate: Template;

beforeAll(() => {
  template = Template.fromStack(stateful);
  serviceTemplate = Template.fromStack(service);
});

const keyId = () => Object.keys(template.findResources('AWS::KMS::Key'))[0];

describe('the documents bucket', () => {
  it('is encrypted with its own rotated key, versioned, closed to the public and retained', () => {
    template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: { EnableKeyRotation: true },
    });
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              BucketKeyEnabled: true,
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: { 'Fn::GetAtt': [keyId(), 'Arn'] },
              },
            },
          ],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      }),
    });
  });

  it('refuses every request that is not over TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('deletes a document once it can no longer be verified: four months of 31 days, then 30 days', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            ExpirationInDays: 4 * 31 + 30,
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          }),
        ],
      },
    });
  });
});

describe('the signing secret', () => {
  it('is retained, and named in an output for whoever loads the certificate', () => {
    const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret'));
    expect(secrets.filter((secret) => secret.DeletionPolicy === 'Retain')).toHaveLength(2);
    expect(template.findOutputs('SigningSecretArn')).not.toEqual({});
  });
});

/** The entry bundled as NodejsFunction bundles it (infra/permis-points-function.ts), in bytes. */
async function bundledSize(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [join(projectRoot, 'functions', entry)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.reduce((total, file) => total + file.contents.length, 0);
}

describe('the PDF function', () => {
  it('is the only one bundling pdf-lib and fontkit: it fits 1.5 MB, the issuing function the default budget', async () => {
    expect(PDF_BUNDLE_BUDGET_BYTES).toBe(1.5 * 1024 * 1024);
    expect(await bundledSize('render-document/handler.ts')).toBeLessThanOrEqual(PDF_BUNDLE_BUDGET_BYTES);
    expect(await bundledSize('issue-rir/handler.ts')).toBeLessThanOrEqual(DEFAULT_BUNDLE_BUDGET_BYTES);
  }, 60_000);

  it('has the memory to render quickly and the secrets extension to read its key', () => {
    serviceTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'render-document: the signed PDF of a RIR or RII',
      MemorySize: 1024,
      Layers: [Match.anyValue()],
    });
  });
});
