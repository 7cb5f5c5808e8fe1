import "./lesson.css";

export default function LearnLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-8 print:max-w-none print:px-0">{children}</div>;
}
