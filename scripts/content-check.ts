import { answerabilityDiagnostics } from "@/lib/content/answerability";
import { checkContent } from "@/lib/content/check";
import { formatDiagnostic } from "@/lib/content/diagnostics";
import { readmeDiagnostics } from "@/lib/content/docs";
import { interviewDiagnostics } from "@/lib/content/interviews";
import { contentCheckInput } from "@/lib/content/sources";
import { HIDDEN_VARIATIONS } from "@/lib/quiz/answerability";

// `npm run content:check`: every content rule, printed as file:line: message, then the answerability
// check, which re-runs every scenario variant with its hidden inputs varied (slow, so only here).
const input = contentCheckInput();
const problems = [
  ...checkContent(input),
  ...readmeDiagnostics(),
  ...interviewDiagnostics(),
  ...answerabilityDiagnostics(input.quizzes),
];
for (const problem of problems) console.error(formatDiagnostic(problem));
if (problems.length > 0) {
  console.error(`\ncontent:check found ${problems.length} problem${problems.length === 1 ? "" : "s"}.`);
  process.exit(1);
}
console.log(
  `content:check: lessons, quizzes and content/README.md are consistent; every scenario variant keeps its key over ${HIDDEN_VARIATIONS} variations of what the candidate is not shown.`,
);
