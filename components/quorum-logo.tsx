/** Three replicas, two of them agreeing: a quorum. */
export function QuorumLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <line x1="16" y1="9" x2="9" y2="22" stroke="white" strokeWidth="2" strokeLinecap="round" />
      <line x1="16" y1="9" x2="23" y2="22" stroke="white" strokeWidth="2" strokeLinecap="round" strokeDasharray="2 3" />
      <circle cx="16" cy="9" r="4" fill="white" />
      <circle cx="9" cy="22" r="4" fill="white" />
      <circle cx="23" cy="22" r="4" fill="none" stroke="white" strokeWidth="2" />
    </svg>
  );
}
