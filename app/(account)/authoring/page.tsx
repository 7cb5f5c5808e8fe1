import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonPreview } from "@/components/authoring/lesson-preview";
import { focusRing } from "@/components/ui/class-names";
import { rolesAllowed } from "@/lib/auth/access-rules";
import { lessonTemplate } from "@/lib/content/lesson-template";
import { authoringInventory } from "@/lib/db";
import { requirePageRole } from "@/lib/session/current-user";
import { previewLessonAction } from "./actions";
// The previewed lesson wears the lesson page's Markdown classes.
import "../../(learn)/lesson.css";

export const metadata: Metadata = { title: "Authoring" };

export default async function AuthoringPage() {
  const user = await requirePageRole(rolesAllowed("authoring.use"), "/authoring");
  const inventory = authoringInventory(user);
  if (!inventory) notFound();
  const { lessons, components } = inventory;
  const template = lessonTemplate({
    order: Math.max(0, ...lessons.map((lesson) => lesson.order)) + 1,
    prerequisite: lessons[0]?.slug,
  });
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Authoring</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          Lessons live in <code>content/lessons/</code>. Paste or upload one below to see it checked and rendered
          without saving anything, or preview with <code>npm run dev</code>; check the whole folder with{" "}
          <code>npm run content:check</code>. The full guide is <code>content/README.md</code>.
        </p>
      </div>
      <section aria-labelledby="preview">
        <h2 id="preview" className="text-xl font-semibold">
          Preview a lesson
        </h2>
        <div className="mt-3">
          <LessonPreview action={previewLessonAction} template={template} />
        </div>
      </section>
      <section aria-labelledby="inventory">
        <h2 id="inventory" className="text-xl font-semibold">
          Lesson inventory
        </h2>
        <div
          className="mt-3 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
          role="region"
          aria-labelledby="inventory"
          tabIndex={0}
        >
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 dark:bg-slate-900">
              <tr>
                {["#", "Title", "Slug", "Words", "Reading", "Concepts"].map((label) => (
                  <th key={label} scope="col" className="px-3 py-2">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => (
                <tr key={lesson.slug} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="px-3 py-2">{lesson.order}</td>
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/learn/${lesson.slug}`} className="underline">
                      {lesson.title}
                    </Link>
                  </th>
                  <td className="px-3 py-2 font-mono text-xs">{lesson.slug}</td>
                  <td className="px-3 py-2">{lesson.words.toLocaleString("en")}</td>
                  <td className="px-3 py-2">{lesson.readingMinutes} min</td>
                  <td className="px-3 py-2">{lesson.concepts.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="components">
        <h2 id="components" className="text-xl font-semibold">
          Components
        </h2>
        <div className="mt-3 space-y-6">
          {components.map((component) => (
            <article key={component.name} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <h3 className="font-mono font-semibold">{`<${component.name}>`}</h3>
              <p className="mt-1 text-sm">
                {component.description}{" "}
                {component.children === "required" ? "Takes content between its tags." : "Self-closing."}
              </p>
              {component.props.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm">
                  {component.props.map((prop) => (
                    <li key={prop.name}>
                      <code className="font-semibold">{prop.name}</code>
                      {prop.required ? "" : " (optional)"}: <code className="break-words text-xs">{prop.type}</code>.{" "}
                      {prop.description}
                    </li>
                  ))}
                </ul>
              ) : null}
              <pre
                tabIndex={0}
                aria-label={`Example: ${component.name}`}
                className={`mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800 ${focusRing}`}
              >
                <code>{component.example}</code>
              </pre>
            </article>
          ))}
        </div>
      </section>
      <section aria-labelledby="template">
        <h2 id="template" className="text-xl font-semibold">
          Lesson template
        </h2>
        <p className="mt-2 text-sm">
          A new lesson&apos;s skeleton, numbered after the last lesson; it passes the check as it stands. Save it as{" "}
          <code>content/lessons/NN-slug.mdx</code>, or load it into the preview above.
        </p>
        <pre
          tabIndex={0}
          aria-label="Lesson template"
          className={`mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-800 ${focusRing}`}
        >
          <code>{template}</code>
        </pre>
      </section>
    </div>
  );
}
