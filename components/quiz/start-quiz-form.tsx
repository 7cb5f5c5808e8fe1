import { buttonPrimary } from "@/components/ui/class-names";

/**
 * Quiz settings: feedback mode and certainty-based marking. A plain form posting to the route's `startQuiz` action:
 * works before hydration.
 */
export function StartQuizForm({ quizId, startQuiz }: { quizId: string; startQuiz: (form: FormData) => Promise<void> }) {
  return (
    <form action={startQuiz} className="mt-6 space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
      <input type="hidden" name="quizId" value={quizId} />
      <fieldset>
        <legend className="font-semibold">Feedback</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="feedback" value="deferred" defaultChecked /> At the end
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="feedback" value="immediate" /> After each question (a second try earns half credit)
        </label>
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="certainty" value="on" /> Certainty-based marking (say how sure you are: 1/2/3 marks
        if right, 0/−2/−6 if wrong)
      </label>
      <button type="submit" className={buttonPrimary}>
        Start the quiz
      </button>
    </form>
  );
}
