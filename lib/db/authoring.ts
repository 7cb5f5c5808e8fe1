import { may, type Actor } from "../auth/access";
import { componentDocs, quizIdsOnDisk, type ComponentDoc } from "../content/docs";
import { getLessons, type Lesson } from "../content/lessons";

/** What the authoring page shows: every lesson and every component an author may use, with its props. */
export interface AuthoringInventory {
  readonly lessons: readonly Lesson[];
  readonly components: readonly ComponentDoc[];
}

/**
 * The authoring tools' data, or null for an actor the access table does not let in ("authoring.use"): the content
 * is public in the repository, but the tools are for authors and admins, and a refusal looks like a missing page.
 */
export function authoringInventory(actor: Actor): AuthoringInventory | null {
  if (!may(actor, "authoring.use")) return null;
  return { lessons: getLessons(), components: componentDocs(quizIdsOnDisk()) };
}
