// Starts the front end: reads /config.json, prepares sign-in and the API clients, renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { makeApiClient, makeRouteApi } from './api/index.ts';
import { App } from './App.tsx';
import { makeAuth } from './auth/index.ts';
import { loadConfig } from './config.ts';
import { currentLanguage } from './i18n/index.ts';
import type { Services } from './services.tsx';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

try {
  const config = await loadConfig();
  const auth = makeAuth(config);
  const apiBase = config.apiBase || window.location.origin;
  const accessToken = async () => (await auth.manager.getUser())?.access_token;
  const context = { accessToken, language: currentLanguage };
  const api = makeApiClient(apiBase, context);
  const services: Services = {
    api,
    calls: makeRouteApi(api),
    auth,
    apiBase,
    accessToken,
  };
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
} catch {
  // Before the catalogues load: the one text shown when the service's settings cannot be read.
  root.render(
    <main>
      <h1>Permis à points</h1>
      <p role="alert">Le service ne répond pas pour le moment. Réessayez dans quelques minutes.</p>
    </main>,
  );
}
