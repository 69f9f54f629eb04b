// Issued documents in AWS. Stateful: the private bucket of PDFs (its own KMS key, TLS only, versioned, no
// public access, deleted past validity) and the signing secret (the administration's PKCS#12, README).
// Service side: the PDF function (the only one bundling pdf-lib and fontkit, with its own budget), and what
// each document function may do with the bucket, the key and the secret.
import { Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ParamsAndSecretsLayerVersion, ParamsAndSecretsVersions } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { defaultRirValidityMonths } from '../domain/rir/index.ts';
import { KEPT_AFTER_VALIDITY_DAYS } from '../functions/documents/index.ts';
import type { RouteAccess } from './api-routes.ts';
import { PermisPointsFunction } from './permis-points-function.ts';

/** pdf-lib, fontkit, node-forge and @signpdf: larger than the default budget, and only here. */
export const PDF_BUNDLE_BUDGET_BYTES = 1.5 * 1024 * 1024;
// A name fixed by account and region, so the service stack's grants name the objects plainly (and cdk-nag's
// finding on the key wildcard can be acknowledged by that name).
const BUCKET_NAME = `permis-points-documents-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
const OBJECTS_ARN = `arn:${Aws.PARTITION}:s3:::${BUCKET_NAME}/documents/*`;
const OBJECTS_FINDING =
  'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::permis-points-documents-<AWS::AccountId>-<AWS::Region>/documents/*]';

const issuing: RouteAccess = {
  // The account, its link and licence, the day's attempts (reserved, given back on failure), the
  // verification and document items.
  items: ['GetItem', 'PutItem', 'UpdateItem'],
  // The QR code's address.
  writesPublicUrls: true,
  // Waits for the PDF function.
  function: { timeout: Duration.seconds(20) },
};

/** What each document route's use case does to the table (functions/documents, functions/issue-document). */
export const documentRouteAccess: Record<string, RouteAccess> = {
  'issue-rir': issuing,
  // The full record shows the facts' labels and places: a query on the licence's partition.
  'issue-rii': { ...issuing, queriesTable: true },
  'list-my-documents': { items: [], queriesTable: true },
  'download-my-document': { items: ['GetItem'] },
  // The verification item and the licence; the address's attempts.
  'verify-document': { items: ['GetItem', 'UpdateItem'] },
};

export class DocumentStore extends Construct {
  readonly key: Key;
  readonly bucket: Bucket;
  readonly signingSecret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Encrypts the issued RIR and RII documents',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: BUCKET_NAME,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          // Past its validity (months of at most 31 days) and the days it can still be verified.
          expiration: Duration.days(defaultRirValidityMonths * 31 + KEPT_AFTER_VALIDITY_DAYS),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Objects are read only through 5-minute presigned links, each minted by the download or issue function after an ownership check and logged by its request log; a server access log would repeat that.',
    });
    this.signingSecret = new Secret(this, 'SigningSecret', {
      description:
        'The document-signing key and certificate: JSON {"p12": base64 PKCS#12, "passphrase": "..."} (README)',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.signingSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A certificate authority issues the signing certificate; it is replaced by hand when renewed, Secrets Manager cannot rotate it.',
    });
  }
}

/** The PDF function: content in, signed PDF out; invoked by the issuing functions only. */
export function documentRenderer(scope: Construct, store: DocumentStore): PermisPointsFunction {
  const renderer = new PermisPointsFunction(scope, 'RenderDocument', {
    entry: 'render-document/handler.ts',
    description: 'render-document: the signed PDF of a RIR or RII',
    memorySize: 1024,
    timeout: Duration.seconds(15),
    bundleBudgetBytes: PDF_BUNDLE_BUDGET_BYTES,
    assetFolders: ['document-pdf/fonts'],
    paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103),
    environment: { SIGNING_SECRET_ID: store.signingSecret.secretArn },
  });
  renderer.addToRolePolicy(
    new PolicyStatement({
      actions: ['secretsmanager:GetSecretValue'],
      resources: [store.signingSecret.secretArn],
    }),
  );
  renderer.acknowledgeSynchronousInvocation();
  return renderer;
}

/** Gives the document functions the bucket, key and PDF function they use, and nothing else of them. */
export function grantDocumentAccess(
  store: DocumentStore,
  functions: Record<string, PermisPointsFunction>,
  renderer: PermisPointsFunction,
): void {
  const fn = (operationId: string) => {
    const found = functions[operationId];
    if (!found) throw new Error(`no function for ${operationId}`);
    return found;
  };
  for (const issuer of [fn('issueRir'), fn('issueRii')]) {
    issuer.addEnvironment('DOCUMENTS_BUCKET', store.bucket.bucketName);
    issuer.addEnvironment('RENDER_FUNCTION_NAME', renderer.functionName);
    // Stores the PDF, then signs its download link (which reads it back through KMS).
    issuer.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [OBJECTS_ARN] }),
    );
    issuer.addToRolePolicy(
      new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [store.key.keyArn] }),
    );
    issuer.addToRolePolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [renderer.functionArn] }),
    );
  }
  const deleteAccount = fn('deleteAccount');
  deleteAccount.addEnvironment('DOCUMENTS_BUCKET', store.bucket.bucketName);
  deleteAccount.addToRolePolicy(
    new PolicyStatement({ actions: ['s3:DeleteObject'], resources: [OBJECTS_ARN] }),
  );
  const download = fn('downloadMyDocument');
  download.addEnvironment('DOCUMENTS_BUCKET', store.bucket.bucketName);
  download.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [OBJECTS_ARN] }));
  download.addToRolePolicy(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [store.key.keyArn] }));
  for (const handler of [fn('issueRir'), fn('issueRii'), download, deleteAccount]) {
    if (handler.role)
      Validations.of(handler.role).acknowledge({
        id: OBJECTS_FINDING,
        reason:
          'Each document is its own object under documents/ (a random id per document); the grant covers that prefix only.',
      });
  }
}
