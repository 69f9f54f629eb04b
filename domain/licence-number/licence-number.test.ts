import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLicenceFormat,
  licenceFormats,
  maskLicenceNumber,
  normaliseLicenceNumber,
  parseLicenceNumber,
  type LicenceFormat,
  type LicenceNumberFailure,
} from './index.ts';

const accepted = (input: string, format: LicenceFormat) => {
  const result = parseLicenceNumber(input, format);
  if (!result.ok) throw new Error(`refused ${input}: ${result.reason}`);
  return result;
};

const refusal = (input: string, format: LicenceFormat) => {
  const result = parseLicenceNumber(input, format);
  if (result.ok) throw new Error(`accepted ${input}`);
  return result;
};

describe('reading a file number (NEPH)', () => {
  it('accepts the made-up examples of RULES.md §8 on both formats, without warning', () => {
    for (const format of licenceFormats) {
      expect(parseLicenceNumber('130675100123', format)).toEqual({
        ok: true,
        licenceNumber: '130675100123',
        format,
        warnings: [],
      });
      expect(accepted('98022A400456', format).warnings).toEqual([]);
      expect(accepted('98022B400456', format).licenceNumber).toBe('98022B400456');
    }
  });

  it('ignores spaces, tabs, non-breaking spaces, hyphens and case, as people copy the printed groups', () => {
    for (const typed of [
      '13 06 75 100123',
      '13-06-75-100123',
      ' 1306\t75 100 123 ',
      '13\u00a006\u202f75–100123',
    ]) {
      expect(accepted(typed, 'eu-card').licenceNumber).toBe('130675100123');
    }
    expect(accepted('98 02 2a 400456', 'eu-card').licenceNumber).toBe('98022A400456');
  });

  it('refuses any other character instead of guessing it away', () => {
    for (const typed of [
      '13.06.75.100123',
      '13/06/75/100123',
      '13067510012é',
      '13067510012ß',
      '130675100123_',
    ]) {
      expect(refusal(typed, 'eu-card').reason).toBe('invalid-characters');
    }
  });

  it('asks for a number when nothing but separators was typed', () => {
    expect(refusal('', 'eu-card').reason).toBe('empty');
    expect(refusal(' - ', 'pink-3-fold').reason).toBe('empty');
  });

  it.each<[string, LicenceNumberFailure]>([
    ['13067510012', 'too-short'],
    ['1306751001234', 'too-long'],
    ['A30675100123', 'letters-misplaced'],
    ['1306751001Z3', 'letters-misplaced'],
    ['131375100123', 'invalid-month'],
    ['130075100123', 'invalid-month'],
    ['13AA75100123', 'invalid-month'],
    ['1306XZ100123', 'invalid-departement'],
    ['1306C1100123', 'invalid-departement'],
  ])('refuses %s on a card licence: %s', (typed, reason) => {
    expect(refusal(typed, 'eu-card').reason).toBe(reason);
  });

  it('accepts an unusual département with a warning that names it (overseas, old Corsica 20, 00)', () => {
    for (const typed of ['130697100123', '760620100123', '130600100123', '1306AB100123']) {
      const result = accepted(typed, 'eu-card');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['unusual-departement']);
      expect(result.warnings[0]?.message.fr).toContain(`(${typed.slice(4, 6)})`);
      expect(result.warnings[0]?.message.en).toContain(`(${typed.slice(4, 6)})`);
    }
  });
});

describe('a document number typed instead of the file number', () => {
  it('says so on a card licence and points to the back of the card', () => {
    const result = refusal('13AB12345', 'eu-card');
    expect(result.reason).toBe('document-number');
    expect(result.message.fr).toContain('deux lignes au-dessus de la puce');
    expect(result.message.en).toContain('two lines above the chip');
  });

  it('says so on a pink licence too, pointing to field 5 of the inside panel', () => {
    const result = refusal('13 ab 12345', 'pink-3-fold');
    expect(result.reason).toBe('document-number');
    expect(result.message.fr).toContain('champ 5 du volet intérieur');
    expect(result.message.en).toContain('field 5 of the inside panel');
  });
});

describe('pink licences', () => {
  it('accept an old number of another form, with a warning', () => {
    for (const typed of ['AB123', '7', '123456789012345', '131375100123']) {
      const result = accepted(typed, 'pink-3-fold');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['legacy-pink-number']);
    }
  });

  it('still warn about an unusual département in a file number', () => {
    expect(accepted('130697100123', 'pink-3-fold').warnings.map((warning) => warning.code)).toEqual([
      'unusual-departement',
    ]);
  });

  it('refuse more than 15 characters', () => {
    const result = refusal('1234567890123456', 'pink-3-fold');
    expect(result.reason).toBe('too-long');
    expect(result.message.en).toContain('15 characters');
  });

  it('are the only format that takes an old number: a card licence carries a file number', () => {
    expect(refusal('AB123', 'eu-card').reason).toBe('too-short');
  });
});

describe('messages', () => {
  it('give every refusal in French and in English, with where to find the number', () => {
    const refusals: [string, LicenceFormat][] = [
      ['', 'eu-card'],
      ['1.2', 'eu-card'],
      ['13AB12345', 'eu-card'],
      ['13AB12345', 'pink-3-fold'],
      ['123', 'eu-card'],
      ['1234567890123', 'eu-card'],
      ['1234567890123456', 'pink-3-fold'],
      ['A30675100123', 'eu-card'],
      ['131375100123', 'eu-card'],
      ['1306XZ100123', 'eu-card'],
    ];
    const endings: Record<LicenceFormat, { fr: string; en: string }> = {
      'eu-card': { fr: 'deux lignes au-dessus de la puce.', en: 'two lines above the chip.' },
      'pink-3-fold': { fr: 'à gauche de la photo.', en: 'left of the photo.' },
    };
    const messages = refusals.map(([typed, format]) => {
      const { message } = refusal(typed, format);
      expect(message.fr).not.toBe(message.en);
      expect(message.fr.endsWith(endings[format].fr)).toBe(true);
      expect(message.en.endsWith(endings[format].en)).toBe(true);
      return message;
    });
    expect(new Set(messages.map((message) => message.en)).size).toBe(messages.length);
  });
});

describe('formats', () => {
  it('knows exactly the two formats of the registry', () => {
    expect(isLicenceFormat('eu-card')).toBe(true);
    expect(isLicenceFormat('pink-3-fold')).toBe(true);
    expect(isLicenceFormat('pink')).toBe(false);
    expect(isLicenceFormat(undefined)).toBe(false);
  });
});

describe('masking for logs', () => {
  it('keeps the first and last four characters of a file number', () => {
    expect(maskLicenceNumber('130675100123')).toBe('1306••••0123');
    expect(maskLicenceNumber('13 06 75 100123')).toBe('1306••••0123');
    expect(maskLicenceNumber('123456789012345')).toBe('1234•••••••2345');
  });

  it('shows less of short numbers and nothing of very short ones', () => {
    expect(maskLicenceNumber('AB123')).toBe('A•••3');
    expect(maskLicenceNumber('AB')).toBe('••');
    expect(maskLicenceNumber('')).toBe('');
  });

  it('never gives back the whole number, and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,20}$/), (licenceNumber) => {
        const masked = maskLicenceNumber(licenceNumber);
        expect(masked).toHaveLength(licenceNumber.length);
        expect(masked).not.toBe(licenceNumber);
        expect(masked).toContain('•');
      }),
    );
  });
});

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
const departements = [
  ...Array.from({ length: 95 }, (_, index) => String(index + 1).padStart(2, '0')).filter(
    (code) => code !== '20',
  ),
  '2A',
  '2B',
];
const strictNeph = fc
  .tuple(
    digits(2),
    fc.integer({ min: 1, max: 12 }).map((month) => String(month).padStart(2, '0')),
    fc.constantFrom(...departements),
    digits(6),
  )
  .map((parts) => parts.join(''));

/** The same characters as typed by someone else: other case, spaces and hyphens sprinkled in. */
const retyped = (text: string) =>
  fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom('', '', ' ', '-', '\t')), {
      minLength: text.length,
      maxLength: text.length,
    })
    .map((choices) =>
      [...text]
        .map((character, index) => {
          const [upper, separator] = choices[index] ?? [true, ''];
          return (upper ? character.toUpperCase() : character.toLowerCase()) + separator;
        })
        .join(''),
    );

describe('properties', () => {
  it('reads back any strict file number, however it was typed, on both formats', () => {
    fc.assert(
      fc.property(
        strictNeph.chain((neph) => fc.tuple(fc.constant(neph), retyped(neph))),
        fc.constantFrom(...licenceFormats),
        ([neph, typed], format) => {
          expect(parseLicenceNumber(typed, format)).toEqual({
            ok: true,
            licenceNumber: neph,
            format,
            warnings: [],
          });
          expect(normaliseLicenceNumber(typed)).toBe(neph);
        },
      ),
    );
  });

  it('gives the same answer whatever the spaces, hyphens and case', () => {
    const anything = fc.stringMatching(/^[0-9A-Za-z .\-é]{0,18}$/);
    fc.assert(
      fc.property(
        anything.chain((text) => fc.tuple(fc.constant(text), retyped(text))),
        fc.constantFrom(...licenceFormats),
        ([text, typed], format) => {
          expect(parseLicenceNumber(typed, format)).toEqual(parseLicenceNumber(text, format));
        },
      ),
    );
  });
});
