// A page: its title in the tab and as the one level-1 heading, which takes the focus when the
// page opens so that screen readers announce where the user arrived.
import { useEffect, useRef, type ReactNode } from 'react';

export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Permis à points`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
