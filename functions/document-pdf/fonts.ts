// The document fonts (DejaVu Sans, reduced to Latin: fonts/README.md), read once per cold start. They sit
// beside this module so the Lambda asset ships them at the same place relative to its bundle.
import { readFile } from 'node:fs/promises';

export interface DocumentFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loaded: Promise<DocumentFonts> | undefined;

export function documentFonts(): Promise<DocumentFonts> {
  loaded ??= Promise.all([
    readFile(new URL('./fonts/DejaVuSans.ttf', import.meta.url)),
    readFile(new URL('./fonts/DejaVuSans-Bold.ttf', import.meta.url)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return loaded;
}
