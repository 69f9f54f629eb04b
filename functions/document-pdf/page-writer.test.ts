import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentFonts } from './fonts.ts';
import { widthOf, wrapText } from './page-writer.ts';

async function embedded() {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { regular, bold } = await documentFonts();
  return {
    regular: await doc.embedFont(regular, { subset: true }),
    bold: await doc.embedFont(bold, { subset: true }),
  };
}

const samples = [
  'Relevé d’information restreint',
  'Marie-Hélène Françoise D’ARTAGNAN-LÉVÊQUE',
  'le 1er mars 2027 : +1\u00a0point',
  'AV WA To fi ffl',
];

describe('measuring text', () => {
  it('gives the width pdf-lib measures, in every document, for each font and size', async () => {
    for (const fonts of [await embedded(), await embedded()])
      for (const font of [fonts.regular, fonts.bold])
        for (const size of [9, 10.5, 12])
          for (const text of samples)
            expect(widthOf(text, font, size)).toBeCloseTo(font.widthOfTextAtSize(text, size), 9);
  });

  it('tells the regular and bold fonts apart', async () => {
    const { regular, bold } = await embedded();
    expect(widthOf(samples[0]!, bold, 10)).toBeGreaterThan(widthOf(samples[0]!, regular, 10));
  });

  it('wraps into lines no wider than asked, keeping every word in order', async () => {
    const { regular } = await embedded();
    const text =
      'Relevé intégral destiné au seul titulaire du permis : il indique le solde de points et tout l’historique. Anticonstitutionnellementissimement.';
    const lines = wrapText(text, regular, 10, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(regular.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
});
