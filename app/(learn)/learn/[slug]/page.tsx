import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { mainWithAside } from "@/components/ui/class-names";
import { compileLesson } from "@/components/mdx/compile-lesson";
import { getLesson, getLessons, lessonSlugs } from "@/lib/content/lessons";
import { CompletionToggle } from "./_components/completion-toggle";
import { CopyCodeButtons } from "./_components/copy-code-buttons";
import { LessonHeader } from "./_components/lesson-header";
import { LessonPager } from "./_components/lesson-pager";
import { ReadingProgress } from "./_components/reading-progress";
import { ContentsDisclosure } from "./_components/contents-disclosure";
import { TableOfContents } from "./_components/table-of-contents";
import { MARKDOWN_FLOW } from "@/components/mdx/markdown-elements";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const lessons = getLessons();
  const index = lessons.findIndex((item) => item.slug === lesson.slug);
  const neighbour = (i: number) => (lessons[i] ? { slug: lessons[i].slug, title: lessons[i].title } : undefined);
  const prerequisites = lesson.prerequisites.flatMap((slug) => lessons.find((item) => item.slug === slug) ?? []);
  const content = await compileLesson(lesson.source);
  const toc = lesson.toc.map(({ id, text, depth }) => ({ id, text, depth }));

  return (
    <div className={mainWithAside}>
      <ReadingProgress />
      <CopyCodeButtons />
      <article className="min-w-0 max-w-3xl">
        <LessonHeader lesson={lesson} prerequisites={prerequisites} />
        <ContentsDisclosure entries={toc} />
        <div className={`mt-8 ${MARKDOWN_FLOW}`}>{content}</div>
        <div className="mt-10 print:hidden">
          <CompletionToggle slug={lesson.slug} />
        </div>
        <LessonPager previous={neighbour(index - 1)} next={neighbour(index + 1)} />
      </article>
      <aside className="hidden lg:block print:hidden" aria-label="Table of contents">
        <div className="sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto">
          <TableOfContents entries={toc} />
        </div>
      </aside>
    </div>
  );
}
