// `/premiere-connexion`: link the licence. The format, with a drawing of where the number is; the
// number checked as it is typed, the reason in words; the holder's identity for e-mail accounts
// (FranceConnect asserted it already); each refusal next to its field or in an alert.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { Navigate, useNavigate } from 'react-router';
import { parseLicenceNumber, type LicenceFormat } from '../../../domain/licence-number/index.ts';
import { linkRefusal, type FieldName, type LinkRefusal } from '../api/link-refusal.ts';
import { dataOf, useMe } from '../api/queries.ts';
import type { LinkRequest } from '../api/types.ts';
import { useAuth } from '../auth/index.ts';
import { EuCardDrawing, PinkThreeFoldDrawing } from '../components/LicenceDrawings.tsx';
import { TextInput } from '../components/fields.tsx';
import { parseTypedDate } from '../dates.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';
import { licenceMemory } from '../licence-memory.ts';
import { useServices } from '../services.tsx';

interface Values {
  format: LicenceFormat | '';
  licenceNumber: string;
  familyName: string;
  givenNames: string;
  birthDate: string;
}

const empty: Values = { format: '', licenceNumber: '', familyName: '', givenNames: '', birthDate: '' };

export default function FirstConnection() {
  const { t, language } = useT();
  const { user } = useAuth();
  const { api } = useServices();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(empty);
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<LinkRefusal | undefined>();
  const sub = user?.profile.sub ?? '';

  const link = useMutation({
    mutationFn: (body: LinkRequest) => dataOf(api.PUT('/v1/me/licence', { body })),
    onSuccess: async () => {
      licenceMemory.remember(sub);
      await queryClient.invalidateQueries();
      await navigate('/mes-points');
    },
    onError: (error) => setRefusal(linkRefusal(error)),
  });

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice onRetry={() => void me.refetch()} />;
  if (me.data.licence) {
    licenceMemory.remember(sub);
    return <Navigate to="/mes-points" replace />;
  }
  const declared = me.data.identityProvider === 'email';
  const displaced = licenceMemory.had(sub);

  const number = parseLicenceNumber(values.licenceNumber, values.format || 'eu-card');
  const shown = (field: FieldName) => submitted || touched[field];
  const localErrors: Partial<Record<FieldName, string>> = {
    ...(values.format ? {} : { format: t('link.formatRequired') }),
    ...(number.ok ? {} : { licenceNumber: number.message[language] }),
    ...(declared && !values.familyName.trim() ? { familyName: t('link.required') } : {}),
    ...(declared && !values.givenNames.trim() ? { givenNames: t('link.required') } : {}),
    ...(declared && !parseTypedDate(values.birthDate)
      ? { birthDate: values.birthDate.trim() ? t('link.badDate') : t('link.required') }
      : {}),
  };
  const errorOf = (field: FieldName) =>
    (shown(field) ? localErrors[field] : undefined) ?? refusal?.fields[field];
  const set = (field: keyof Values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setRefusal(undefined);
  };
  const blur = (field: FieldName) => () => setTouched((current) => ({ ...current, [field]: true }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(localErrors).length > 0 || !number.ok || !values.format) {
      const first = (['format', 'licenceNumber', 'familyName', 'givenNames', 'birthDate'] as const).find(
        (field) => localErrors[field],
      );
      document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    link.mutate({
      format: values.format,
      licenceNumber: number.licenceNumber,
      ...(declared
        ? {
            holder: {
              familyName: values.familyName.trim(),
              givenNames: values.givenNames.trim().replace(/\s+/g, ' '),
              birthDate: parseTypedDate(values.birthDate) ?? '',
            },
          }
        : {}),
    });
  }

  const alert = refusal?.alert;
  return (
    <Page title={t('link.title')}>
      {displaced && (
        <div className="notice notice--warning" role="status">
          <p>{t('link.displaced')}</p>
        </div>
      )}
      <p>{t('link.intro')}</p>
      {alert && (
        <div className="notice notice--error" role="alert">
          <p>{'text' in alert ? alert.text : t(alert.id, alert.values)}</p>
        </div>
      )}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <RadioGroup
          className="radio-group"
          name="format"
          value={values.format || null}
          onChange={set('format')}
          isInvalid={Boolean(errorOf('format'))}
        >
          <Label className="field__label">{t('link.format')}</Label>
          <div className="formats">
            <div className="format-choice">
              <Radio value="eu-card" className="radio">
                {t('link.format.eu')}
              </Radio>
              <EuCardDrawing label={t('link.drawing.eu')} />
              <p className="hint">{t('link.format.euWhere')}</p>
            </div>
            <div className="format-choice">
              <Radio value="pink-3-fold" className="radio">
                {t('link.format.pink')}
              </Radio>
              <PinkThreeFoldDrawing label={t('link.drawing.pink')} />
              <p className="hint">{t('link.format.pinkWhere')}</p>
            </div>
          </div>
          <FieldError className="field__error">{errorOf('format')}</FieldError>
        </RadioGroup>
        <TextInput
          name="licenceNumber"
          label={t('link.number')}
          hint={t('link.numberHint')}
          value={values.licenceNumber}
          onChange={set('licenceNumber')}
          onBlur={blur('licenceNumber')}
          error={errorOf('licenceNumber')}
          autoComplete="off"
          status={
            number.ok && values.format ? (
              <p className="field__ok" role="status">
                {number.warnings[0]
                  ? t('link.warning', { message: number.warnings[0].message[language] })
                  : t('link.numberOk')}
              </p>
            ) : null
          }
        />
        {declared ? (
          <fieldset className="fieldset">
            <legend>{t('link.identityHeading')}</legend>
            <p className="hint">{t('link.identityIntro')}</p>
            <TextInput
              name="familyName"
              label={t('link.familyName')}
              value={values.familyName}
              onChange={set('familyName')}
              onBlur={blur('familyName')}
              error={errorOf('familyName')}
              autoComplete="family-name"
            />
            <TextInput
              name="givenNames"
              label={t('link.givenNames')}
              hint={t('link.givenNamesHint')}
              value={values.givenNames}
              onChange={set('givenNames')}
              onBlur={blur('givenNames')}
              error={errorOf('givenNames')}
              autoComplete="given-name"
            />
            <TextInput
              name="birthDate"
              label={t('link.birthDate')}
              hint={t('link.birthDateHint')}
              value={values.birthDate}
              onChange={set('birthDate')}
              onBlur={blur('birthDate')}
              error={errorOf('birthDate')}
              autoComplete="bday"
            />
          </fieldset>
        ) : (
          <p className="notice">{t('link.franceConnectIdentity')}</p>
        )}
        <Button type="submit" className="button" isDisabled={link.isPending}>
          {link.isPending ? t('link.sending') : t('link.submit')}
        </Button>
      </Form>
    </Page>
  );
}
