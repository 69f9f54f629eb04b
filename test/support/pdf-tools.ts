// The real PDF tools a reader's software uses (poppler: pdfsig, pdftotext, pdftoppm) and a QR decoder
// (jsQR over the rendered page), for the document suites.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as jsqr from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsQR is CommonJS with a `default` property: whether it arrives wrapped once or twice depends on the loader.
const wrapped = (jsqr as unknown as { default: Decode | { default: Decode } }).default;
const jsQR: Decode = typeof wrapped === 'function' ? wrapped : wrapped.default;

async function toFile(pdf: Uint8Array): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'pp-pdf-')), 'document.pdf');
  await writeFile(file, pdf);
  return file;
}

/** What pdfsig says of the signature: "Signature is Valid." or why not. */
export async function pdfsig(pdf: Uint8Array): Promise<string> {
  const file = await toFile(pdf);
  const { stdout } = await run('pdfsig', [file]).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  return stdout;
}

export async function pdftotext(pdf: Uint8Array): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', await toFile(pdf), '-']);
  return stdout;
}

/** The first page rendered to PNG, as pdftoppm does it. */
export async function firstPagePng(pdf: Uint8Array, resolution = 150): Promise<Buffer> {
  const file = await toFile(pdf);
  await run('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    `${file}-page`,
  ]);
  return readFile(`${file}-page.png`);
}

/** The text of the QR code on the first page, or undefined when none is found. */
export async function decodeQrCode(pdf: Uint8Array): Promise<string | undefined> {
  const image = PNG.sync.read(await firstPagePng(pdf));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** The offsets the signature covers, from the /ByteRange array. */
export function signedRanges(pdf: Uint8Array): [number, number, number, number] {
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(
    Buffer.from(pdf).toString('latin1'),
  );
  if (!match) throw new Error('no /ByteRange in the PDF');
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}
