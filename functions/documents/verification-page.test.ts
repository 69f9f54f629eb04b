import { describe, expect, it } from 'vitest';
import { verificationPage } from './verification-page.ts';

const answer = {
  reference: 'RIR-AAAA-BBBB-CCCC',
  document: 'rir' as const,
  holder: { familyName: '<script>alert(1)</script>', givenNames: "Anne-Laure d'Arc" },
  licenceStatus: 'suspended' as const,
  statusChangedSinceIssue: true,
  categories: [
    { code: 'B', obtainedOn: '2010-05-03', validUntil: null, validity: 'valid' as const, restrictions: [] },
  ],
  issuedAt: '2026-06-15T08:00:00.000Z',
  validUntil: '2026-10-15',
  withinValidity: false,
  holderIdentification: 'declared' as const,
};

describe('the verification page', () => {
  it('writes what the holder stated as text, never as markup', () => {
    const page = verificationPage(answer);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toContain('Anne-Laure d&#39;Arc');
  });

  it('says the status changed since issue, that validity has passed, and how the holder was identified', () => {
    const page = verificationPage(answer);
    expect(page).toContain('Suspendu (a changé depuis la délivrance du document)');
    expect(page).toContain('15/10/2026 (validité dépassée)');
    expect(page).toContain('Déclarée par le titulaire, non vérifiée');
  });

  it('answers an unknown pair without saying which half was wrong', () => {
    expect(verificationPage(undefined)).toContain(
      'Aucun document ne correspond à cette référence et à ce code',
    );
  });
});
