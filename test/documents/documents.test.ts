// Documents end to end, through the local gateway and the same handlers as in AWS: the signed PDF as poppler
// reads it, its QR code, storage's answer to changed or expired links, ownership, verification, limits.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_S3_CREDENTIALS, makeDocumentStorage } from '../../functions/adapters/document-storage.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { decodeQrCode, pdfsig, pdftotext, signedRanges } from '../support/pdf-tools.ts';
import { aHolder, aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2026-06-15' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const holder = aHolder({
  familyName: "D'Artagnan-Lévêque",
  givenNames: 'Marie-Hélène Françoise Ségolène Éléonore Anne-Sophie Bénédicte',
});

async function aRegisteredLicence(record: Record<string, unknown> = {}): Promise<string> {
  const number = aLicenceNumber();
  const answer = await api.request('PUT', `/v1/registry/licences/${number}`, {
    token: registry,
    body: aLicenceRecord({
      holder,
      categories: [
        { code: 'B', obtainedOn: '2010-05-03', validUntil: '2033-01-19', restrictions: ['01', '78'] },
        { code: 'A2', obtainedOn: '2015-09-01', validUntil: '2033-01-19', restrictions: [] },
      ],
      ...record,
    }),
  });
  expect(answer.status).toBe(201);
  return number;
}

/** A motorist whose account holds the licence, linked as the link route leaves it. */
async function aLinkedMotorist(
  sub: string,
  licenceNumber: string,
  through: 'email' | 'franceconnect' = 'franceconnect',
): Promise<string> {
  const linkedAt = new Date().toISOString();
  const { accounts } = api.api.deps;
  const assurance = through === 'franceconnect' ? 'verified' : 'declared';
  expect(await accounts.claimLink({ licenceNumber, accountId: sub, linkedAt, assurance }, null)).toBe(true);
  await accounts.save({
    accountId: sub,
    identityProvider: through,
    licence: { licenceNumber, format: 'eu-card', linkedAt, assurance },
  });
  return through === 'franceconnect' ? api.identity.franceConnectUser(sub, {}) : api.identity.motorist(sub);
}

type Issued = {
  documentId: string;
  reference: string;
  verificationCode: string;
  issuedAt: string;
  validUntil: string;
  download: { url: string; expiresAt: string };
};

async function issue(token: string, kind: 'rir' | 'rii' = 'rir') {
  return api.request('POST', `/v1/me/documents/${kind}`, { token });
}

async function pdfOf(issued: Issued): Promise<Uint8Array> {
  const response = await fetch(issued.download.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${issued.reference}.pdf"`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A GET from another loopback address, so rate limits per client address can be seen apart. */
function answerFrom(
  address: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(api.baseUrl + path);
    const request = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, localAddress: address, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const getFrom = (address: string, path: string, headers: Record<string, string> = {}) =>
  answerFrom(address, path, headers).then(({ status }) => status);

describe('a RIR', () => {
  let issued: Issued;
  let pdf: Uint8Array;
  let licenceNumber: string;

  beforeAll(async () => {
    licenceNumber = await aRegisteredLicence();
    await api.request('POST', `/v1/registry/licences/${licenceNumber}/events`, {
      token: registry,
      body: anInfraction({ offenceDate: '2026-01-10', establishedOn: '2026-01-20', points: 3, class: 'C4' }),
    });
    const token = await aLinkedMotorist('rir-holder', licenceNumber);
    const answer = await issue(token);
    expect(answer.status).toBe(201);
    issued = answer.json<Issued>();
    pdf = await pdfOf(issued);
  });

  it('answers its reference, code, validity of four months and a link valid five minutes', () => {
    expect(issued.reference).toMatch(/^RIR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(issued.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(issued.validUntil).toBe('2026-10-15');
    const lifetime = Date.parse(issued.download.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60 * 1000);
  });

  it('is signed: pdfsig finds the signature valid, and invalid once one byte of the signed range changes', async () => {
    const report = await pdfsig(pdf);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');
    const [, firstLength] = signedRanges(pdf);
    const tampered = Uint8Array.from(pdf);
    const offset = Math.floor(firstLength / 2);
    tampered[offset] = tampered[offset] === 0x41 ? 0x42 : 0x41;
    const tamperedReport = await pdfsig(tampered);
    expect(tamperedReport).not.toContain('Signature is Valid.');
    expect(tamperedReport).toMatch(/Digest Mismatch|Signature is Invalid/);
  });

  it('shows the number, the names as written, the categories and the status, and never the points', async () => {
    const text = (await pdftotext(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain(licenceNumber);
    expect(text).toContain("D'Artagnan-Lévêque");
    expect(text).toContain('Marie-Hélène Françoise Ségolène Éléonore');
    expect(text).toContain('Anne-Sophie Bénédicte');
    expect(text).toMatch(/\bB\b.*\bA2\b/);
    expect(text).toContain('01, 78');
    expect(text).toContain('Valide');
    expect(text).toContain(issued.reference);
    expect(text).toContain(issued.verificationCode);
    expect(text).toContain('Vérifiée par FranceConnect');
    expect(text).not.toMatch(/\d+\s*points?\b/i);
    expect(text).not.toMatch(/solde\s*(de points)?\s*:?\s*\d/i);
  });

  it('carries a QR code to the verification address, which answers for this document', async () => {
    const address = await decodeQrCode(pdf);
    expect(address).toBe(`http://localhost/verifier/${issued.reference}?code=${issued.verificationCode}`);
    const { pathname, searchParams } = new URL(address ?? '');
    const reference = pathname.split('/').pop() ?? '';
    const answer = await api.request(
      'GET',
      `/v1/verify/${reference}?code=${encodeURIComponent(searchParams.get('code') ?? '')}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      reference: issued.reference,
      document: 'rir',
      holder: { familyName: holder.familyName, givenNames: holder.givenNames },
      licenceStatus: 'valid',
      statusChangedSinceIssue: false,
      categories: [
        {
          code: 'B',
          obtainedOn: '2010-05-03',
          validUntil: '2033-01-19',
          validity: 'valid',
          restrictions: ['01', '78'],
        },
        {
          code: 'A2',
          obtainedOn: '2015-09-01',
          validUntil: '2033-01-19',
          validity: 'valid',
          restrictions: [],
        },
      ],
      issuedAt: issued.issuedAt,
      validUntil: '2026-10-15',
      withinValidity: true,
      holderIdentification: 'franceconnect',
    });
    expect(answer.text).not.toMatch(/point|balance|solde/i);
  });

  it('answers a person who scanned the code with a plain page', async () => {
    const response = await fetch(
      `${api.baseUrl}/v1/verify/${issued.reference}?code=${issued.verificationCode}`,
      {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('authentique');
    expect(page).toContain('Marie-Hélène');
    expect(page).toContain('D&#39;Artagnan-Lévêque');
  });

  it('is not found with a wrong code or an unknown reference, with the same answer', async () => {
    const wrongCode = await api.request('GET', `/v1/verify/${issued.reference}?code=AAAA-AAAA`);
    const unknown = await api.request('GET', `/v1/verify/RIR-0000-0000-0000?code=${issued.verificationCode}`);
    expect(wrongCode.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongCode.json()).toEqual(unknown.json());
    const noCode = await api.request('GET', `/v1/verify/${issued.reference}`);
    expect(noCode.status).toBe(400);
    expect(noCode.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('code');
  });

  it('shows a suspension recorded after issue as the status now', async () => {
    const decided = await api.request('POST', `/v1/registry/licences/${licenceNumber}/events`, {
      token: registry,
      body: {
        eventId: 'suspension-after-issue',
        type: 'decision',
        decision: 'suspension',
        from: '2026-06-10',
        until: '2026-12-09',
      },
    });
    expect(decided.status).toBe(201);
    const answer = await api.request('GET', `/v1/verify/${issued.reference}?code=${issued.verificationCode}`);
    expect(answer.json()).toMatchObject({ licenceStatus: 'suspended', statusChangedSinceIssue: true });
  });
});

describe('the caller’s documents', () => {
  it('are listed with reference, validity and status, and downloaded by their owner only', async () => {
    const owner = await aLinkedMotorist('list-owner', await aRegisteredLicence());
    const stranger = await aLinkedMotorist('list-stranger', await aRegisteredLicence(), 'email');
    const issued = (await issue(owner)).json<Issued>();

    const list = await api.request('GET', '/v1/me/documents', { token: owner });
    expect(list.json()).toEqual({
      items: [
        {
          documentId: issued.documentId,
          document: 'rir',
          reference: issued.reference,
          issuedAt: issued.issuedAt,
          validUntil: issued.validUntil,
          status: 'valid',
        },
      ],
    });
    expect((await api.request('GET', '/v1/me/documents', { token: stranger })).json()).toEqual({ items: [] });

    const mine = await api.request('GET', `/v1/me/documents/${issued.documentId}/download`, { token: owner });
    expect(mine.status).toBe(200);
    expect(await pdfOf({ ...issued, download: mine.json() })).toBeInstanceOf(Uint8Array);
    const theirs = await api.request('GET', `/v1/me/documents/${issued.documentId}/download`, {
      token: stranger,
    });
    expect(theirs.status).toBe(404);
    const unknown = await api.request(
      'GET',
      '/v1/me/documents/00000000-0000-4000-8000-000000000000/download',
      {
        token: owner,
      },
    );
    expect(theirs.json()).toEqual(unknown.json());
    const malformed = await api.request('GET', '/v1/me/documents/not-an-id/download', { token: owner });
    expect(malformed.status).toBe(400);
  });

  it('download through links that storage refuses once changed or expired', async () => {
    const owner = await aLinkedMotorist('link-owner', await aRegisteredLicence());
    const issued = (await issue(owner)).json<Issued>();
    const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(issued.download.url)?.[1] ?? '';
    const flipped = signature.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    expect((await fetch(issued.download.url.replace(signature, flipped))).status).toBe(403);
    expect((await fetch(issued.download.url.replace('attachment', 'inline'))).status).toBe(403);

    const stored = await api.api.deps.documents.getDocument('link-owner', issued.documentId, new Date());
    const sixMinutesAgo = makeDocumentStorage({
      bucket: 'documents',
      endpoint: api.s3.endpoint,
      credentials: () => LOCAL_S3_CREDENTIALS,
      now: () => new Date(Date.now() - 6 * 60 * 1000),
    });
    const expired = await sixMinutesAgo.downloadLink(stored?.objectKey ?? '', 'x.pdf');
    expect((await fetch(expired.url)).status).toBe(403);
  });

  it('are stored under keys that do not reveal the licence number', async () => {
    const number = await aRegisteredLicence();
    const owner = await aLinkedMotorist('key-owner', number);
    const issued = (await issue(owner)).json<Issued>();
    expect(issued.download.url).not.toContain(number);
    expect(issued.download.url).toContain(`/documents/${issued.documentId}.pdf`);
  });

  it('are deleted with the account: the PDF, its link and its verification', async () => {
    const owner = await aLinkedMotorist('leaving-owner', await aRegisteredLicence());
    const issued = (await issue(owner)).json<Issued>();
    expect((await api.request('DELETE', '/v1/me', { token: owner })).status).toBe(204);
    expect((await fetch(issued.download.url)).status).toBe(404);
    const verified = await api.request(
      'GET',
      `/v1/verify/${issued.reference}?code=${issued.verificationCode}`,
    );
    expect(verified.status).toBe(404);
    expect(await api.api.deps.documents.listDocuments('leaving-owner', new Date(0))).toEqual([]);
  });

  it('need a linked licence', async () => {
    const nobody = await api.identity.motorist('no-licence');
    expect((await issue(nobody)).status).toBe(404);
  });
});

describe('the full record (RII)', () => {
  it('is issued to a FranceConnect holder, with the points and the history, signed like the RIR', async () => {
    const number = await aRegisteredLicence();
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction({
        offenceDate: '2026-02-01',
        establishedOn: '2026-02-15',
        points: 2,
        class: 'C4',
        label: 'Usage du téléphone tenu en main',
      }),
    });
    const token = await aLinkedMotorist('rii-holder', number);
    const answer = await issue(token, 'rii');
    expect(answer.status).toBe(201);
    const issued = answer.json<Issued>();
    expect(issued.reference).toMatch(/^RII-/);
    const pdf = await pdfOf(issued);
    expect(await pdfsig(pdf)).toContain('Signature is Valid.');
    const text = (await pdftotext(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain("Relevé d'information intégral");
    expect(text).toContain('10 point(s) sur 12');
    expect(text).toContain('Usage du téléphone tenu en main');

    const verified = await api.request(
      'GET',
      `/v1/verify/${issued.reference}?code=${issued.verificationCode}`,
    );
    expect(verified.json()).toMatchObject({ document: 'rii', licenceStatus: 'valid' });
    expect(verified.text).not.toMatch(/point|balance|solde/i);
  });

  it('is refused to an e-mail account, saying why', async () => {
    const token = await aLinkedMotorist('rii-email', await aRegisteredLicence(), 'email');
    const answer = await issue(token, 'rii');
    expect(answer.status).toBe(403);
    expect(answer.json<{ type: string }>().type).toMatch(/franceconnect-required$/);
    expect(answer.json<{ detail: string }>().detail).toMatch(/FranceConnect/);
  });

  it('says on a declared RIR that the identity was stated, not verified', async () => {
    const token = await aLinkedMotorist('rir-email', await aRegisteredLicence(), 'email');
    const issued = (await issue(token)).json<Issued>();
    const text = (await pdftotext(await pdfOf(issued))).replace(/\s+/g, ' ');
    expect(text).toContain('Déclarée par le titulaire');
    const verified = await api.request(
      'GET',
      `/v1/verify/${issued.reference}?code=${issued.verificationCode}`,
    );
    expect(verified.json()).toMatchObject({ holderIdentification: 'declared' });
  });
});

describe('the limits', () => {
  it('issue at most ten documents a day per account, however many are asked at once', async () => {
    const token = await aLinkedMotorist('busy-holder', await aRegisteredLicence());
    const answers = await Promise.all(Array.from({ length: 12 }, () => issue(token)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array.from({ length: 10 }, () => 201), 429, 429]);
    const refused = answers.find((answer) => answer.status === 429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    const list = await api.request('GET', '/v1/me/documents', { token });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(10);
  });

  it('verify at most twenty times in ten minutes from one address, however many are asked at once', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 24 }, () => getFrom('127.0.0.9', '/v1/verify/RIR-0000-0000-0000?code=AAAA-AAAA')),
    );
    expect(statuses.filter((status) => status === 404)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    const refused = await answerFrom('127.0.0.9', '/v1/verify/RIR-0000-0000-0000?code=AAAA-AAAA');
    expect(refused.status).toBe(429);
    expect((JSON.parse(refused.text) as { detail: string }).detail).toMatch(
      /^Trop de vérifications depuis cette adresse\. Réessayez dans \d+ secondes\.$/,
    );
    expect(await getFrom('127.0.0.10', '/v1/verify/RIR-0000-0000-0000?code=AAAA-AAAA')).toBe(404);
  });

  it('counts a client by its own address, whatever address it writes in the viewer header', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 22 }, (_, index) =>
        getFrom('127.0.0.11', '/v1/verify/RIR-0000-0000-0000?code=AAAA-AAAA', {
          'x-viewer-address': `203.0.113.${index}`,
        }),
      ),
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
  });

  it('lets no one guess a document’s code from many addresses: 30 tries an hour, then even the right code waits', async () => {
    const token = await aLinkedMotorist('guessed-holder', await aRegisteredLicence());
    const issued = (await issue(token)).json<Issued>();
    const statuses = await Promise.all(
      Array.from({ length: 34 }, (_, index) =>
        getFrom(`127.0.1.${index + 1}`, `/v1/verify/${issued.reference}?code=WRNG-CODE`),
      ),
    );
    expect(statuses.filter((status) => status === 404)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(4);
    const rightCode = await answerFrom(
      '127.0.2.1',
      `/v1/verify/${issued.reference}?code=${issued.verificationCode}`,
      { 'accept-language': 'en' },
    );
    expect(rightCode.status).toBe(429);
    expect((JSON.parse(rightCode.text) as { detail: string }).detail).toMatch(
      /^Too many verifications of this document\. Try again in \d+ seconds\.$/,
    );
    // Another document is not held up by it.
    const other = (await issue(token)).json<Issued>();
    expect(await getFrom('127.0.2.2', `/v1/verify/${other.reference}?code=${other.verificationCode}`)).toBe(
      200,
    );
  });
});
