// A top-to-bottom writer over A4 pages: wrapped text, label/value rows, table rows and section titles, with a
// new page whenever the next block would not fit above the footer.
import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 48;
const FOOTER_SPACE = 120;

export const colours = {
  ink: rgb(0.1, 0.11, 0.15),
  muted: rgb(0.36, 0.38, 0.44),
  accent: rgb(0.04, 0.2, 0.5),
  rule: rgb(0.8, 0.82, 0.86),
  band: rgb(0.94, 0.95, 0.97),
  valid: rgb(0.05, 0.45, 0.2),
  warning: rgb(0.7, 0.2, 0.05),
};

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: RGB;
}

// Measuring a string lays it out (shaping, kerning) in fontkit: the costliest step of a document. Wrapping
// measures the same growing lines again and again, and every document of a warm function the same labels:
// the widths at size 1 are kept per font program (pdf-lib names an embedded font by its PostScript name, the
// same in every document), up to a bound.
const widthCache = new Map<string, number>();
const WIDTHS_KEPT = 20_000;

/** The exact width of `text` in `font` at `size`, as pdf-lib measures it. */
export function widthOf(text: string, font: PDFFont, size: number): number {
  const key = `${font.name}\u0000${text}`;
  let unit = widthCache.get(key);
  if (unit === undefined) {
    unit = font.widthOfTextAtSize(text, 1);
    if (widthCache.size >= WIDTHS_KEPT) widthCache.clear();
    widthCache.set(key, unit);
  }
  return unit * size;
}

/** Breaks `text` into lines no wider than `width`; a word longer than a line is cut where it must be. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<=\s)/)) {
      const candidate = line + word;
      if (widthOf(candidate.trimEnd(), font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = word;
      while (widthOf(line.trimEnd(), font, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && widthOf(line.slice(0, cut), font, size) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export class PageWriter {
  readonly pages: PDFPage[] = [];
  readonly fonts: Fonts;
  readonly #doc: PDFDocument;
  y = 0;

  constructor(doc: PDFDocument, fonts: Fonts) {
    this.#doc = doc;
    this.fonts = fonts;
    this.newPage();
  }

  get page(): PDFPage {
    return this.pages[this.pages.length - 1]!;
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  newPage(): void {
    this.pages.push(this.#doc.addPage(A4));
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  reserve(height: number): void {
    if (this.y - height < FOOTER_SPACE) this.newPage();
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Draws wrapped text at `x` within `width`, from the current line down; answers the height used. */
  text(text: string, x: number, width: number, style: TextStyle = {}, y = this.y, page = this.page): number {
    const size = style.size ?? 10;
    const font = this.font(style);
    const lines = wrapText(text, font, size, width);
    const leading = size * 1.35;
    lines.forEach((line, index) =>
      page.drawText(line, {
        x,
        y: y - size - index * leading,
        size,
        font,
        color: style.colour ?? colours.ink,
      }),
    );
    return lines.length * leading;
  }

  /** The height `text` takes, wrapped as `text()` wraps it. */
  measure(text: string, width: number, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    return wrapText(text, this.font(style), size, width).length * size * 1.35;
  }

  section(title: string): void {
    // A title keeps what follows it (a row, or a table header and its first row) on its page.
    this.reserve(100);
    this.y -= 14;
    this.text(title, MARGIN, this.width, { size: 12, bold: true, colour: colours.accent });
    this.y -= 19;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: 0.6,
      color: colours.rule,
    });
    this.y -= 6;
  }

  /** A label on the left, its value wrapped on the right. */
  row(label: string, value: string, valueStyle: TextStyle = {}): void {
    const labelWidth = 170;
    const valueWidth = this.width - labelWidth - 8;
    const height = Math.max(
      this.measure(label, labelWidth, { size: 9 }),
      this.measure(value, valueWidth, { size: 10.5, ...valueStyle }),
    );
    this.reserve(height + 6);
    this.text(label, MARGIN, labelWidth, { size: 9, colour: colours.muted }, this.y - 1);
    this.text(value, MARGIN + labelWidth + 8, valueWidth, { size: 10.5, ...valueStyle });
    this.y -= height + 6;
  }

  /** One row of a table: cells at given x offsets and widths; header rows are bold on a light band. */
  tableRow(cells: { text: string; width: number }[], header = false): void {
    const style: TextStyle = header ? { size: 8.5, bold: true, colour: colours.muted } : { size: 9.5 };
    const height = Math.max(...cells.map((cell) => this.measure(cell.text, cell.width - 6, style))) + 8;
    // A header keeps at least one row below it on its page.
    this.reserve(header ? height + 30 : height);
    if (header)
      this.page.drawRectangle({
        x: MARGIN,
        y: this.y - height,
        width: this.width,
        height,
        color: colours.band,
      });
    let x = MARGIN;
    for (const cell of cells) {
      this.text(cell.text, x + 3, cell.width - 6, style, this.y - 4);
      x += cell.width;
    }
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness: 0.4,
      color: colours.rule,
    });
  }
}
