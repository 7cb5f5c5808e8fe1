"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { buttonCompact } from "@/components/ui/class-names";

type Outcome = "idle" | "copied" | "selected";

const WORDS: Readonly<Record<Outcome, string>> = { idle: "Copy", copied: "Copied", selected: "Selected" };

function selectContents(node: Node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

/** Copies one code block; where the clipboard is refused, selects the code so the reader can copy it. */
function CopyButton({ pre, onOutcome }: { pre: HTMLPreElement; onOutcome: (message: string) => void }) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  useEffect(() => {
    if (outcome === "idle") return;
    const timer = setTimeout(() => setOutcome("idle"), 2000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const code = pre.querySelector("code") ?? pre;
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      setOutcome("copied");
      onOutcome("Code copied to the clipboard.");
    } catch {
      selectContents(code);
      setOutcome("selected");
      onOutcome("The browser refused the clipboard: the code is selected, press Ctrl C to copy it.");
    }
  };

  return (
    <button
      type="button"
      aria-label={outcome === "idle" ? "Copy code" : undefined}
      onClick={() => void copy()}
      className={buttonCompact}
    >
      {WORDS[outcome]}
    </button>
  );
}

/**
 * A Copy button on every code block of the lesson, added in the browser: the
 * lesson's HTML stays as it is, and without JavaScript the code can still be
 * selected. Each button sits in a holder placed just before its block.
 */
export function CopyCodeButtons() {
  const [blocks, setBlocks] = useState<{ pre: HTMLPreElement; holder: HTMLElement }[]>([]);
  const [message, setMessage] = useState("");

  useEffect(() => {
    const found = [...document.querySelectorAll<HTMLPreElement>("article pre")].map((pre) => {
      const holder = document.createElement("div");
      holder.className = "relative z-10 print:hidden";
      const inner = document.createElement("div");
      inner.className = "absolute right-2";
      inner.style.top = `calc(${getComputedStyle(pre).marginTop} + 0.5rem)`;
      holder.append(inner);
      pre.before(holder);
      return { pre, holder: inner };
    });
    // The blocks are server-rendered DOM, known only once mounted: the holders made here are what gets rendered.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBlocks(found);
    return () => found.forEach(({ holder }) => holder.parentElement?.remove());
  }, []);

  return (
    <>
      {blocks.map(({ pre, holder }, index) =>
        createPortal(<CopyButton pre={pre} onOutcome={setMessage} />, holder, String(index)),
      )}
      <p role="status" className="sr-only">
        {message}
      </p>
    </>
  );
}
