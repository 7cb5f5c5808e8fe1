import { pageContainer } from "@/components/ui/class-names";
import "./lesson.css";

export default function LearnLayout({ children }: { children: React.ReactNode }) {
  return <div className={`${pageContainer} py-8 print:max-w-none print:px-0`}>{children}</div>;
}
