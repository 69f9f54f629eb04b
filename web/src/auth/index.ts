// Public face of web/src/auth: signing in and out with the user pool.
export { FRANCECONNECT_PROVIDER, makeAuth, type Auth, type SignInPath } from './auth.ts';
export { AuthProvider, useAuth } from './context.tsx';
