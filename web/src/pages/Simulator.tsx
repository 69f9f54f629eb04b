// `/simulateur`: a pending ticket from the catalogue, with its dates, and the balance and dates it
// would leave; a warning when it would reach zero, what a course would change. Nothing is stored.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import {
  Button,
  Form,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { CalendarDate } from '../../../domain/calendar/index.ts';
import { catalogueEntries, infractionAt } from '../../../domain/catalogue/index.ts';
import { dataOf, useStatement } from '../api/queries.ts';
import type { Simulation, SimulationRequest } from '../api/types.ts';
import { TextInput } from '../components/fields.tsx';
import { parseTypedDate, todayInParis, typedDate } from '../dates.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Page } from '../layout/Page.tsx';
import { useServices } from '../services.tsx';
import { UpcomingList } from './MyPoints.tsx';

export default function Simulator() {
  const { t, language } = useT();
  const { api } = useServices();
  const current = useStatement();
  const today = typedDate(todayInParis());
  const [code, setCode] = useState<string>('');
  const [offenceDate, setOffenceDate] = useState(today);
  const [establishedOn, setEstablishedOn] = useState(today);
  const [submitted, setSubmitted] = useState(false);
  const entries = useMemo(
    () =>
      [...catalogueEntries()].sort((a, b) => a.label[language].localeCompare(b.label[language], language)),
    [language],
  );
  const simulate = useMutation({
    mutationFn: (body: SimulationRequest) =>
      dataOf(api.POST('/v1/me/simulations', { body })) as Promise<Simulation>,
  });

  const offenceIso = parseTypedDate(offenceDate);
  const establishedIso = parseTypedDate(establishedOn);
  const definition = code && offenceIso ? infractionAt(code, offenceIso as CalendarDate) : undefined;
  const errors = {
    code: code ? undefined : t('link.required'),
    offenceDate: offenceIso ? undefined : t('link.badDate'),
    establishedOn: establishedIso ? undefined : t('link.badDate'),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!definition || !offenceIso || !establishedIso) return;
    simulate.mutate({
      infractions: [
        {
          offenceDate: offenceIso,
          establishedOn: establishedIso,
          class: definition.class,
          points: definition.points,
        },
      ],
    });
  }

  const result = simulate.data;
  return (
    <Page title={t('simulator.title')}>
      <p>{t('simulator.intro')}</p>
      {current.data && (
        <p className="status">
          {t('simulator.today', { balance: current.data.balance, maximum: current.data.maximum })}
        </p>
      )}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <Select
          className="field"
          name="infraction"
          selectedKey={code || null}
          onSelectionChange={(key) => setCode(key === null ? '' : String(key))}
          isInvalid={submitted && Boolean(errors.code)}
          placeholder={t('simulator.infractionPlaceholder')}
        >
          <Label className="field__label">{t('simulator.infraction')}</Label>
          <Button className="select__button">
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </Button>
          {submitted && errors.code && <p className="field__error">{errors.code}</p>}
          <Popover className="select__popover">
            <ListBox className="select__list">
              {entries.map((entry) => (
                <ListBoxItem
                  key={entry.code}
                  id={entry.code}
                  className="select__option"
                  textValue={entry.label[language]}
                >
                  {entry.label[language]}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
        {definition && (
          <p className="hint" role="status">
            {t('simulator.cost', { points: definition.points, class: definition.class })}
          </p>
        )}
        <TextInput
          name="offenceDate"
          label={t('simulator.offenceDate')}
          hint={t('link.birthDateHint')}
          value={offenceDate}
          onChange={setOffenceDate}
          error={submitted ? errors.offenceDate : undefined}
        />
        <TextInput
          name="establishedOn"
          label={t('simulator.establishedOn')}
          hint={t('simulator.establishedOnHint')}
          value={establishedOn}
          onChange={setEstablishedOn}
          error={submitted ? errors.establishedOn : undefined}
        />
        <Button type="submit" className="button" isDisabled={simulate.isPending}>
          {t('simulator.submit')}
        </Button>
      </Form>
      {simulate.isError && <ErrorNotice />}
      {result && (
        <section aria-labelledby="result-heading" className="card result" role="status">
          <h2 id="result-heading">{t('simulator.resultHeading')}</h2>
          <p className="balance">
            {t('simulator.result', { balance: result.balance, maximum: result.maximum })}
          </p>
          {result.balance <= 0 || result.status === 'invalidated' ? (
            <p className="notice notice--error">{t('simulator.zero')}</p>
          ) : (
            result.balance < result.maximum && <p className="notice">{t('simulator.course')}</p>
          )}
          <h3>{t('simulator.upcoming')}</h3>
          <UpcomingList upcoming={result.upcoming} />
          <p className="hint">{t('simulator.nothingStored')}</p>
        </section>
      )}
    </Page>
  );
}
