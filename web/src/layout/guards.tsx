// Signed-in pages send a signed-out visitor home; the licence pages send an account without a
// linked licence to the first connection.
import { Navigate, Outlet } from 'react-router';
import { useMe } from '../api/queries.ts';
import { useAuth } from '../auth/index.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Loading } from './Loading.tsx';

export function RequireSignIn() {
  const { user, ready } = useAuth();
  if (!ready) return <Loading />;
  return user ? <Outlet /> : <Navigate to="/" replace />;
}

export function RequireLicence() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice onRetry={() => void me.refetch()} />;
  return me.data.licence ? <Outlet /> : <Navigate to="/premiere-connexion" replace />;
}
