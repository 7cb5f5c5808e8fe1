import type { InterviewPrompt } from "@/lib/interview/prompt-schema";

export function PromptHeader({ prompt, subtitle }: { prompt: InterviewPrompt; subtitle: string }) {
  return (
    <header className="space-y-2">
      <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{subtitle}</p>
      <h1 className="text-2xl font-bold tracking-tight">{prompt.title}</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{prompt.statement}</p>
    </header>
  );
}
