// The routes of CONTRACT.md §4, each page loaded when first visited (the first load stays small).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/index.ts';
import { AuthProvider } from './auth/index.ts';
import { I18nProvider } from './i18n/index.ts';
import { Layout } from './layout/Layout.tsx';
import { Loading } from './layout/Loading.tsx';
import { RequireLicence, RequireSignIn } from './layout/guards.tsx';
import { Home } from './pages/Home.tsx';
import { ServicesProvider, type Services } from './services.tsx';

const AuthCallback = lazy(() => import('./pages/AuthCallback.tsx'));
const LoggedOut = lazy(() => import('./pages/LoggedOut.tsx'));
const FirstConnection = lazy(() => import('./pages/FirstConnection.tsx'));
const MyPoints = lazy(() => import('./pages/MyPoints.tsx'));
const Simulator = lazy(() => import('./pages/Simulator.tsx'));
const MyDocuments = lazy(() => import('./pages/MyDocuments.tsx'));
const Account = lazy(() => import('./pages/Account.tsx'));
const Verify = lazy(() => import('./pages/Verify.tsx'));
const NotFound = lazy(() => import('./pages/NotFound.tsx'));

// A 4xx is an answer, not a hiccup: only network failures and 5xx are retried.
const retry = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof ApiError && error.status < 500);

export function App({ services }: { services: Services }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry, staleTime: 30_000 } } }),
  );
  return (
    <ServicesProvider services={services}>
      <AuthProvider auth={services.auth}>
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <BrowserRouter>
              <Layout>
                <Suspense fallback={<Loading />}>
                  <Routes>
                    <Route path="/" element={<Home />} />
                    <Route path="/auth/callback" element={<AuthCallback />} />
                    <Route path="/auth/logged-out" element={<LoggedOut />} />
                    <Route path="/verifier/:reference" element={<Verify />} />
                    <Route element={<RequireSignIn />}>
                      <Route path="/premiere-connexion" element={<FirstConnection />} />
                      <Route path="/compte" element={<Account />} />
                      <Route element={<RequireLicence />}>
                        <Route path="/mes-points" element={<MyPoints />} />
                        <Route path="/simulateur" element={<Simulator />} />
                        <Route path="/mes-documents" element={<MyDocuments />} />
                      </Route>
                    </Route>
                    <Route path="*" element={<NotFound />} />
                  </Routes>
                </Suspense>
              </Layout>
            </BrowserRouter>
          </I18nProvider>
        </QueryClientProvider>
      </AuthProvider>
    </ServicesProvider>
  );
}
