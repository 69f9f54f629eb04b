// Schemas of the document routes (CONTRACT.md §2): issue, list, download, verify.
import * as z from 'zod/mini';

const documentKind = z.enum(['rir', 'rii']);

export const downloadLink = z.object({
  url: z.string().check(z.meta({ description: 'A presigned link to the PDF, valid 5 minutes' })),
  expiresAt: z.string(),
});

export const issuedDocument = z.object({
  documentId: z.string(),
  reference: z.string(),
  verificationCode: z.string(),
  issuedAt: z.string(),
  validUntil: z.string(),
  download: downloadLink,
});

export const myDocuments = z.object({
  items: z.array(
    z.object({
      documentId: z.string(),
      document: documentKind,
      reference: z.string(),
      issuedAt: z.string(),
      validUntil: z.string(),
      status: z.enum(['valid', 'expired']),
    }),
  ),
});

export const documentIdParams = z.object({ documentId: z.uuid() });

export const verifyParams = z.object({ reference: z.string().check(z.minLength(1), z.maxLength(64)) });
export const verifyQuery = z.object({ code: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)) });

const rightToDriveStatus = z.enum(['valid', 'suspended', 'cancelled', 'invalidated']);

export const verificationAnswer = z.object({
  reference: z.string(),
  document: documentKind,
  holder: z.object({ familyName: z.string(), givenNames: z.string() }),
  licenceStatus: rightToDriveStatus,
  statusChangedSinceIssue: z.boolean(),
  categories: z.array(
    z.object({
      code: z.string(),
      obtainedOn: z.string(),
      validUntil: z.nullable(z.string()),
      validity: z.enum(['valid', 'expired']),
      restrictions: z.array(z.string()),
    }),
  ),
  issuedAt: z.string(),
  validUntil: z.string(),
  withinValidity: z.boolean(),
  holderIdentification: z.enum(['franceconnect', 'declared']),
});
