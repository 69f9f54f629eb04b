// The documents benchmark: signed PDFs generated per second on one core (the PDF function's work: layout,
// fonts, QR code, CMS signature), then the p50 of POST /v1/me/documents/rir end to end through the local
// gateway (token check, licence read, limit, PDF, storage, verification item, download link).
// A benchmark, not a test: it prints figures.
import { performance } from 'node:perf_hooks';
import { CmsSigner } from '../functions/adapters/document-signer.ts';
import { signatureFrom, signedDocumentPdf } from '../functions/document-pdf/index.ts';
import { buildRirContent } from '../domain/rir/index.ts';
import type { CalendarDate } from '../domain/calendar/index.ts';
import { makeLocalSigningMaterial } from '../local/signing/index.ts';
import { startApiHarness } from '../test/support/api-harness.ts';
import { aLicenceRecord } from '../test/support/registry-builders.ts';
import { atLeast, atMost } from './evidence.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const day = (text: string) => text as CalendarDate;

const signature = signatureFrom(new CmsSigner(makeLocalSigningMaterial()));
const content = buildRirContent(
  {
    licenceNumber: '130675100123',
    format: 'eu-card',
    holder: {
      familyName: "D'Artagnan-Lévêque",
      givenNames: 'Marie-Hélène Françoise',
      birthDate: day('1990-04-12'),
      birthPlace: '75056',
      birthCountry: '99100',
    },
    categories: [
      { code: 'B', obtainedOn: day('2010-05-03'), validUntil: day('2033-01-19'), restrictions: ['01'] },
    ],
  },
  { status: 'valid' },
  {
    issuedOn: day('2026-06-15'),
    issuedAt: '2026-06-15T08:00:00.000Z',
    holderIdentification: 'franceconnect',
    reference: 'RIR-BENC-H000-0001',
    verificationCode: 'ABCD-EFGH',
    verificationBaseUrl: 'http://localhost:3000/verifier',
  },
);

// One core: one document at a time, in this process.
for (let warm = 0; warm < 5; warm += 1) await signedDocumentPdf({ content }, signature);
let made = 0;
const started = performance.now();
while (performance.now() - started < SECONDS * 1000) {
  await signedDocumentPdf({ content }, signature);
  made += 1;
}
const perSecond = made / ((performance.now() - started) / 1000);

// End to end: a linked motorist asks for RIRs one after another (the daily limit counts per account, so
// each batch of ten uses a new account).
const api = await startApiHarness({ today: day('2026-06-15') });
const registry = await api.identity.registry();
const latencies: number[] = [];
for (let batch = 0; latencies.length < REQUESTS; batch += 1) {
  const licenceNumber = `1306750${String(90000 + batch).padStart(5, '0')}`;
  await api.request('PUT', `/v1/registry/licences/${licenceNumber}`, {
    token: registry,
    body: aLicenceRecord(),
  });
  const sub = `bench-${batch}`;
  const linkedAt = new Date().toISOString();
  await api.api.deps.accounts.claimLink(
    { licenceNumber, accountId: sub, linkedAt, assurance: 'verified' },
    null,
  );
  await api.api.deps.accounts.save({
    accountId: sub,
    identityProvider: 'franceconnect',
    licence: { licenceNumber, format: 'eu-card', linkedAt, assurance: 'verified' },
  });
  const token = await api.identity.franceConnectUser(sub, {});
  for (let index = 0; index < 10 && latencies.length < REQUESTS; index += 1) {
    const at = performance.now();
    const response = await fetch(`${api.baseUrl}/v1/me/documents/rir`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    if (response.status !== 201) throw new Error(`POST /v1/me/documents/rir answered ${response.status}`);
    latencies.push(performance.now() - at);
  }
}
await api.close();
const sorted = latencies.toSorted((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

console.log(`documents benchmark (${SECONDS} s of PDFs on one core, ${REQUESTS} requests end to end)`);
console.log(
  `  signed RIR PDFs generated per second, one core   ${perSecond.toFixed(1)}  (${(1000 / perSecond).toFixed(1)} ms each, goal ≥ 30/s)`,
);
console.log(
  `  POST /v1/me/documents/rir end to end            p50 ${percentile(0.5).toFixed(1)} ms   p99 ${percentile(0.99).toFixed(1)} ms`,
);
atLeast(
  'signed RIR PDFs per second, one core',
  perSecond,
  'PDF/s',
  30,
  'layout, fonts, QR code, CMS signature',
);
atMost(
  'POST /v1/me/documents/rir end to end, p50',
  percentile(0.5),
  'ms',
  250,
  'issue, render, sign, store, presign',
);
