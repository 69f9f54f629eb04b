// The upcoming recoveries in the motorist's calendar: a one-off .ics download (it needs the access
// token, so it is fetched, then saved), and a subscription address that calendar apps read themselves.
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ApiError, type CalendarFeed } from '../api/index.ts';
import { useT } from '../i18n/index.ts';
import { useServices } from '../services.tsx';

export function CalendarActions() {
  const { t } = useT();
  const { apiBase, accessToken, calls } = useServices();
  const subscribe = useMutation<CalendarFeed, unknown>({ mutationFn: () => calls.subscribeCalendar() });
  const revoke = useMutation({
    mutationFn: () => calls.revokeCalendar(),
    onSuccess: () => subscribe.reset(),
  });
  const icsUrl = `${apiBase}/v1/me/calendar.ics`;

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const token = await accessToken();
    const response = await fetch(icsUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = 'permis-points.ics';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const unavailable = subscribe.error instanceof ApiError && subscribe.error.status === 404;
  return (
    <section aria-labelledby="calendar-heading" className="card">
      <h2 id="calendar-heading">{t('points.calendarHeading')}</h2>
      <p>
        <a href={icsUrl} onClick={(event) => void download(event)} className="button button--secondary">
          {t('points.calendarDownload')}
        </a>
      </p>
      <p className="hint">{t('points.calendarDownloadHint')}</p>
      <p className="hint">{t('points.calendarSubscribeHint')}</p>
      <Button
        className="button button--secondary"
        onPress={() => subscribe.mutate()}
        isDisabled={subscribe.isPending}
      >
        {t('points.calendarSubscribe')}
      </Button>
      {subscribe.data && (
        <div className="feed" role="status">
          <TextField className="field" value={subscribe.data.url} isReadOnly>
            <Label className="field__label">{t('points.calendarFeed')}</Label>
            <Input className="field__input" />
          </TextField>
          <p>
            <a href={subscribe.data.webcalUrl}>{t('points.calendarWebcal')}</a>
          </p>
          <Button className="button button--link" onPress={() => revoke.mutate()}>
            {t('points.calendarRevoke')}
          </Button>
        </div>
      )}
      {revoke.isSuccess && <p role="status">{t('points.calendarRevoked')}</p>}
      {subscribe.isError && (
        <p className="notice notice--error" role="alert">
          {unavailable ? t('points.notAvailable') : t('app.error')}
        </p>
      )}
    </section>
  );
}
