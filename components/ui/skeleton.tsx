/** A grey block where content is about to appear; still for readers who ask for reduced motion. */
export function Skeleton({ className }: { className: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-xl bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60 ${className}`}
    />
  );
}

/** What a loading page says to a screen reader, once. */
export function LoadingStatus({ children }: { children: React.ReactNode }) {
  return (
    <p className="sr-only" role="status">
      {children}
    </p>
  );
}
