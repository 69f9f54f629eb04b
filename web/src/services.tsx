// What the pages reach the outside world through: the API clients and sign-in, given once at start.
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient, RouteApi } from './api/index.ts';
import type { Auth } from './auth/index.ts';

export interface Services {
  api: ApiClient;
  calls: RouteApi;
  auth: Auth;
  apiBase: string;
  accessToken: () => Promise<string | undefined>;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
