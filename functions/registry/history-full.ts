// The answer to a registry write that the licence's history cannot hold: a clear 422 the registry can act on
// (never a 5xx it would retry forever), with nothing written.
import { problems } from '../http/index.ts';

export const licenceHistoryFull = () =>
  problems.unprocessable(
    'licence-history-full',
    { fr: 'Historique du permis complet', en: 'Licence history full' },
    {
      fr: "L'historique de ce permis ne peut plus recevoir d'événement : rien n'a été enregistré. Contactez l'exploitant du service.",
      en: "This licence's history cannot take another event: nothing was recorded. Contact the service's operator.",
    },
  );
