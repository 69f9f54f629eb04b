// The signed-in user, for every component: follows oidc-client-ts's events (sign-in, renewal, expiry).
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import type { Auth } from './auth.ts';

interface AuthState {
  auth: Auth;
  user: User | null;
  /** False until the stored session has been read. */
  ready: boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ auth, children }: { auth: Auth; children: ReactNode }) {
  const [state, setState] = useState<{ user: User | null; ready: boolean }>({ user: null, ready: false });
  useEffect(() => {
    const { events } = auth.manager;
    const loaded = (user: User) => setState({ user, ready: true });
    const gone = () => setState({ user: null, ready: true });
    events.addUserLoaded(loaded);
    events.addUserUnloaded(gone);
    events.addAccessTokenExpired(gone);
    void auth.manager
      .getUser()
      .then((user) => setState({ user: user && !user.expired ? user : null, ready: true }));
    return () => {
      events.removeUserLoaded(loaded);
      events.removeUserUnloaded(gone);
      events.removeAccessTokenExpired(gone);
    };
  }, [auth]);
  return <AuthContext.Provider value={{ auth, ...state }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
