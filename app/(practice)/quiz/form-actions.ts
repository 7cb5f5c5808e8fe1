import type { QuizActions } from "@/components/quiz/attempt-form";
import { answerQuestionAction, saveQuizDraftAction, submitAttemptAction } from "./actions";

/**
 * The server actions an open attempt's form calls, for every route that shows one (a "use server" file may export only
 * functions).
 */
export const quizActions: QuizActions = {
  answer: answerQuestionAction,
  submit: submitAttemptAction,
  saveDraft: saveQuizDraftAction,
};
