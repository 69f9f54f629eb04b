// Issued documents in the single table: one item per document under its account (the list, the ownership
// check of a download), and one item per reference for the public verification. Neither key holds the
// licence number. Items past `expiresAt` (some time after the validity end) are treated as absent.
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { HolderIdentification, RightToDrive, RirCategory } from '../../domain/rir/index.ts';
import { queryItems } from './dynamodb.ts';

export type DocumentKind = 'rir' | 'rii';

export interface IssuedDocument {
  documentId: string;
  accountId: string;
  kind: DocumentKind;
  reference: string;
  issuedAt: string;
  validUntil: CalendarDate;
  objectKey: string;
  expiresAt: number;
}

/** What the verification of a reference needs, without the points. */
export interface DocumentVerification {
  reference: string;
  documentId: string;
  kind: DocumentKind;
  /** SHA-256 of the verification code, hex: the code itself is printed on the document only. */
  codeHash: string;
  licenceNumber: string;
  holder: { familyName: string; givenNames: string };
  holderIdentification: HolderIdentification;
  rightToDriveAtIssue: RightToDrive;
  categoriesAtIssue: RirCategory[];
  issuedAt: string;
  validUntil: CalendarDate;
  expiresAt: number;
}

export interface DocumentRepository {
  /** Records a new reference; false when the reference is already taken. */
  addVerification(verification: DocumentVerification): Promise<boolean>;
  addDocument(document: IssuedDocument): Promise<void>;
  getVerification(reference: string, now: Date): Promise<DocumentVerification | undefined>;
  getDocument(accountId: string, documentId: string, now: Date): Promise<IssuedDocument | undefined>;
  /** The account's documents, newest first. */
  listDocuments(accountId: string, now: Date): Promise<IssuedDocument[]>;
  /** Forgets a document: its verification first (it stops verifying at once), then its item. */
  removeDocument(document: Pick<IssuedDocument, 'accountId' | 'documentId' | 'reference'>): Promise<void>;
}

const documentKey = (accountId: string, documentId: string) => ({
  pk: `ACCOUNT#${accountId}`,
  sk: `DOCUMENT#${documentId}`,
});
const verificationKey = (reference: string) => ({ pk: `REFERENCE#${reference}`, sk: 'VERIFICATION' });
const alive = (item: { expiresAt?: unknown } | undefined, now: Date) =>
  item !== undefined && typeof item.expiresAt === 'number' && item.expiresAt * 1000 > now.getTime();
const strip = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest as T;

export function makeDocumentRepository({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): DocumentRepository {
  return {
    async addVerification(verification) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...verificationKey(verification.reference), ...verification },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },

    async addDocument(document) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...documentKey(document.accountId, document.documentId), ...document },
        }),
      );
    },

    async getVerification(reference, now) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: verificationKey(reference), ConsistentRead: true }),
      );
      return Item && alive(Item, now) ? strip<DocumentVerification>(Item) : undefined;
    },

    async getDocument(accountId, documentId, now) {
      const { Item } = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: documentKey(accountId, documentId),
          ConsistentRead: true,
        }),
      );
      return Item && alive(Item, now) ? strip<IssuedDocument>(Item) : undefined;
    },

    async listDocuments(accountId, now) {
      const documents: IssuedDocument[] = [];
      for await (const item of queryItems(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :account AND begins_with(sk, :documents)',
        ExpressionAttributeValues: { ':account': `ACCOUNT#${accountId}`, ':documents': 'DOCUMENT#' },
      }))
        if (alive(item, now)) documents.push(strip<IssuedDocument>(item));
      return documents.sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : a.issuedAt > b.issuedAt ? -1 : 0));
    },

    async removeDocument({ accountId, documentId, reference }) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: verificationKey(reference) }));
      await client.send(new DeleteCommand({ TableName: tableName, Key: documentKey(accountId, documentId) }));
    },
  };
}
