"use client";

import { useEffect, useState } from "react";

/** How far through the lesson the reader has scrolled, 0–100: the article's bottom against the viewport's. */
function percentRead(article: Element): number {
  const { top, height } = article.getBoundingClientRect();
  const scrollable = height - window.innerHeight;
  if (scrollable <= 0) return 100;
  return Math.round(Math.min(1, Math.max(0, -top / scrollable)) * 100);
}

/** A thin bar along the top of the window that fills as the lesson is read. */
export function ReadingProgress() {
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    const article = document.querySelector("article");
    if (!article) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setPercent(percentRead(article));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <div
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="fixed inset-x-0 top-0 z-40 h-1 print:hidden"
    >
      <div className="h-full origin-left bg-brand-600" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
