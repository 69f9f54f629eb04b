// The little DER (ASN.1 distinguished encoding) a CMS signature needs: encode a few types, and read the
// issuer and serial number out of a certificate. Enough for document signing, nothing general.

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
};

export const sequence = (...items: Buffer[]) => tlv(0x30, ...items);
/** A SET OF: DER wants its elements in the order of their encodings. */
export const setOf = (...items: Buffer[]) => tlv(0x31, ...items.toSorted((a, b) => Buffer.compare(a, b)));
export const octetString = (bytes: Buffer) => tlv(0x04, bytes);
export const nullValue = () => Buffer.from([0x05, 0x00]);
export const integer = (value: number) => tlv(0x02, Buffer.from([value]));
/** `[n]` around `content`: constructed, context-specific. */
export const tagged = (n: number, ...content: Buffer[]) => tlv(0xa0 + n, ...content);

export function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128: number[] = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      base128.unshift((value & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

export function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

interface Element {
  tag: number;
  /** The whole element, header included. */
  bytes: Buffer;
  content: Buffer;
}

function readElement(buffer: Buffer, offset: number): Element {
  const tag = buffer[offset] ?? 0;
  const first = buffer[offset + 1] ?? 0;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    length = 0;
    for (let index = 0; index < count; index += 1) length = length * 256 + (buffer[offset + 2 + index] ?? 0);
    header += count;
  }
  return {
    tag,
    bytes: buffer.subarray(offset, offset + header + length),
    content: buffer.subarray(offset + header, offset + header + length),
  };
}

function children(element: Element): Element[] {
  const items: Element[] = [];
  for (let offset = 0; offset < element.content.length;) {
    const child = readElement(element.content, offset);
    items.push(child);
    offset += child.bytes.length;
  }
  return items;
}

/** The issuer Name and serialNumber INTEGER of a certificate, as DER, for a CMS IssuerAndSerialNumber. */
export function issuerAndSerial(certificate: Buffer): { issuer: Buffer; serialNumber: Buffer } {
  const [tbs] = children(readElement(certificate, 0));
  if (!tbs) throw new Error('not a certificate');
  const fields = children(tbs);
  // An explicit version [0] comes first in v3 certificates.
  const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [serialNumber, , issuer] = rest;
  if (!serialNumber || !issuer) throw new Error('not a certificate');
  return { issuer: issuer.bytes, serialNumber: serialNumber.bytes };
}
