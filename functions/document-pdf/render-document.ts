// Lays out a RIR, or a RII (the RIR's content plus the points record), on A4 pages in French, with the QR code
// of its verification address. Every word comes from the content model and its labels (domain/rir).
import fontkit from '@pdf-lib/fontkit';
import {
  fill,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  type PDFPage,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { rirLabels, type RirContent, type RiiRecord } from '../../domain/rir/index.ts';
import type { DocumentFonts } from './fonts.ts';
import { frenchDate, parisTimeOf } from './french-dates.ts';
import { A4, colours, MARGIN, PageWriter } from './page-writer.ts';

const labels = rirLabels.fr;
const RII_TITLE = "Relevé d'information intégral";
const RII_NOTICE =
  'Relevé intégral destiné au seul titulaire du permis : il indique le solde de points et tout l’historique. Ne le communiquez pas à un employeur, un loueur ou un assureur, qui ne peuvent pas le demander (article L223-7 du code de la route) : donnez-leur un relevé restreint.';
const countries: Record<string, string> = { '99100': 'France' };

// pdf-lib parses the font program again for every document; the parsed font is read-only (each document
// takes its own subset of it), so one parse per font serves every document of a warm function.
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create: (bytes: Uint8Array) => {
    const parsed = parsedFonts.get(bytes) ?? fontkit.create(bytes);
    parsedFonts.set(bytes, parsed);
    return parsed;
  },
};

export interface DocumentToRender {
  content: RirContent;
  /** The full record: only on a RII. */
  record?: RiiRecord;
}

/** The QR code drawn as one vector path (a rectangle per run of dark modules): sharp at any zoom, and cheap. */
function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  const operators = [pushGraphicsState(), setFillingColor(colours.ink)];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      const start = column;
      while (column + 1 < modules.size && modules.get(row, column + 1)) column += 1;
      operators.push(
        rectangle(
          x + (start + quiet) * cell,
          y + size - (row + quiet + 1) * cell,
          (column - start + 1) * cell,
          cell,
        ),
      );
    }
  }
  page.pushOperators(...operators, fill(), popGraphicsState());
}

function statusLine(content: RirContent): { text: string; good: boolean } {
  const state = content.rightToDrive;
  const name = labels.rightToDrive[state.status];
  switch (state.status) {
    case 'valid':
      return { text: name, good: true };
    case 'suspended':
      return {
        text: `${name} depuis le ${frenchDate(state.since)}${state.until ? `, jusqu'au ${frenchDate(state.until)} inclus` : ', sans date de fin'}`,
        good: false,
      };
    default:
      return { text: `${name} depuis le ${frenchDate(state.since)}`, good: false };
  }
}

function header(writer: PageWriter, content: RirContent, title: string): void {
  const { page } = writer;
  const qrSize = 104;
  const qrX = A4[0] - MARGIN - qrSize;
  drawQrCode(page, content.verificationUrl, qrX, writer.y - qrSize, qrSize);
  writer.text(
    labels.fields.verificationUrl,
    qrX,
    qrSize,
    { size: 7.5, colour: colours.muted },
    writer.y - qrSize - 2,
  );
  const textWidth = writer.width - qrSize - 16;
  writer.text('Permis de conduire · permis-points', MARGIN, textWidth, { size: 9, colour: colours.muted });
  writer.y -= 16;
  writer.y -= writer.text(title, MARGIN, textWidth, { size: 19, bold: true, colour: colours.accent });
  writer.y -= 10;
  const facts: [string, string][] = [
    [labels.fields.reference, content.reference],
    [labels.fields.verificationCode, content.verificationCode],
    [labels.fields.issuedAt, `${frenchDate(content.issuedOn)} à ${parisTimeOf(content.issuedAt)} (Paris)`],
    [labels.fields.validUntil, `${frenchDate(content.validUntil)} inclus`],
  ];
  for (const [label, value] of facts) {
    writer.text(label, MARGIN, 120, { size: 9, colour: colours.muted }, writer.y - 1);
    writer.y -= writer.text(value, MARGIN + 120, textWidth - 120, { size: 10.5, bold: true }) + 3;
  }
  writer.y = Math.min(writer.y, A4[1] - MARGIN - qrSize - 24);
}

function holderSection(writer: PageWriter, content: RirContent): void {
  const { holder } = content;
  writer.section(labels.fields.holder);
  writer.row(labels.fields.familyName, holder.familyName, { bold: true });
  writer.row(labels.fields.givenNames, holder.givenNames, { bold: true });
  writer.row(labels.fields.birthDate, frenchDate(holder.birthDate));
  writer.row(labels.fields.birthPlace, holder.birthPlace ?? labels.bornAbroad);
  writer.row(
    labels.fields.birthCountry,
    countries[holder.birthCountry]
      ? `${countries[holder.birthCountry]} (${holder.birthCountry})`
      : holder.birthCountry,
  );
  writer.row(labels.fields.holderIdentification, labels.holderIdentifications[content.holderIdentification]);
}

function licenceSection(writer: PageWriter, content: RirContent): void {
  writer.section(labels.fields.rightToDrive);
  writer.row(labels.fields.licenceNumber, content.licenceNumber, { bold: true });
  writer.row(labels.fields.format, labels.formats[content.format]);
  const status = statusLine(content);
  writer.row(`${labels.fields.status} au ${frenchDate(content.issuedOn)}`, status.text, {
    bold: true,
    colour: status.good ? colours.valid : colours.warning,
  });
}

function categoriesSection(writer: PageWriter, content: RirContent): void {
  writer.section(labels.fields.categories);
  const widths = [62, 92, 100, 116];
  const rest = writer.width - widths.reduce((sum, width) => sum + width, 0);
  const row = (cells: string[], header = false) =>
    writer.tableRow(
      cells.map((text, index) => ({ text, width: widths[index] ?? rest })),
      header,
    );
  row(
    [
      labels.fields.code,
      labels.fields.obtainedOn,
      labels.fields.validUntil,
      labels.fields.validity,
      'Mentions (codes UE)',
    ],
    true,
  );
  if (content.categories.length === 0) row(['—', '—', '—', '—', '—']);
  for (const category of content.categories)
    row([
      category.code,
      frenchDate(category.obtainedOn),
      category.validUntil ? frenchDate(category.validUntil) : labels.noEndDate,
      labels.categoryValidity[category.validity],
      category.restrictions.length ? category.restrictions.join(', ') : labels.noRestriction,
    ]);
}

function recordSection(writer: PageWriter, record: RiiRecord): void {
  writer.section('Solde de points');
  writer.row('Solde au jour de la délivrance', `${record.balance} point(s) sur ${record.maximum}`, {
    bold: true,
  });
  writer.section('Historique');
  const widths = [100, 50, 60];
  const rest = writer.width - widths.reduce((sum, width) => sum + width, 0);
  const row = (cells: string[], header = false) =>
    writer.tableRow(
      cells.map((text, index) => ({ text, width: widths[index] ?? rest })),
      header,
    );
  row(['Date', 'Points', 'Solde après', 'Événement'], true);
  if (record.entries.length === 0) row(['—', '—', '—', 'Aucun événement enregistré']);
  for (const entry of record.entries)
    row([
      frenchDate(entry.date),
      entry.points > 0 ? `+${entry.points}` : entry.points < 0 ? `−${-entry.points}` : '0',
      entry.balanceAfter === null ? '' : String(entry.balanceAfter),
      entry.description,
    ]);
}

function footers(writer: PageWriter, content: RirContent, notice: string): void {
  writer.pages.forEach((page, index) => {
    const lines = [
      notice,
      labels.legalNotice,
      `${labels.fields.verificationUrl} : ${content.verificationUrl}`,
    ];
    let y = MARGIN + 78;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: A4[0] - MARGIN, y },
      thickness: 0.6,
      color: colours.rule,
    });
    y -= 4;
    for (const line of lines)
      y -= writer.text(line, MARGIN, writer.width, { size: 7.5, colour: colours.muted }, y, page) + 2;
    page.drawText(`${content.reference} · page ${index + 1}/${writer.pages.length}`, {
      x: MARGIN,
      y: MARGIN - 14,
      size: 7.5,
      font: writer.fonts.regular,
      color: colours.muted,
    });
  });
}

/** The unsigned document, ready for its signature placeholder. */
export async function renderDocument(
  { content, record }: DocumentToRender,
  fontBytes: DocumentFonts,
): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(fontBytes.regular, { subset: true }),
    doc.embedFont(fontBytes.bold, { subset: true }),
  ]);
  const title = record ? RII_TITLE : labels.title;
  doc.setTitle(`${title} ${content.reference}`);
  doc.setLanguage('fr-FR');
  doc.setProducer('permis-points');
  doc.setCreator('permis-points');
  doc.setCreationDate(new Date(content.issuedAt));
  doc.setModificationDate(new Date(content.issuedAt));
  const writer = new PageWriter(doc, { regular, bold });
  header(writer, content, title);
  holderSection(writer, content);
  licenceSection(writer, content);
  categoriesSection(writer, content);
  if (record) recordSection(writer, record);
  footers(writer, content, record ? RII_NOTICE : labels.pointsNotice);
  return doc;
}
