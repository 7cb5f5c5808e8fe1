import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { quizIdsOnDisk } from "@/lib/content/docs";
import { lessonTemplate } from "@/lib/content/lesson-template";
import { compileLessonPreview } from "./compile-preview";

const template = lessonTemplate({ order: 99, prerequisite: "single-leader-replication" });

/** The HTML a reader of the preview gets for `source`, or the reason it could not be drawn. */
async function rendered(source: string, highlight = true): Promise<string> {
  const compiled = await compileLessonPreview(source, { quizIds: quizIdsOnDisk(), highlight });
  if (!compiled.ok) throw new Error(compiled.error);
  return renderToStaticMarkup(compiled.content);
}

declare global {
  var authorCodeRan: unknown;
}

afterEach(() => {
  delete globalThis.authorCodeRan;
});

describe("the authoring preview's rendering", () => {
  it("draws the template's embeds as the lesson page does", async () => {
    const html = await rendered(template);
    expect(html).toContain('aria-label="Simulation: Replication lag: a stale read"');
    expect(html).toContain("Check your understanding");
    expect(html).toContain("Replicas scale reads, not writes.");
    expect(html).toContain('<h2 id="what-goes-wrong">What goes wrong</h2>');
    // The frontmatter is data, not text on the page.
    expect(html).not.toContain("estimatedMinutes");
  });

  it("never runs the author's JavaScript: expressions, import/export and non-literal props are dropped", async () => {
    const html = await rendered(
      [
        template,
        "Inline {globalThis.authorCodeRan = 'expression'} code.",
        "",
        "export const ran = (globalThis.authorCodeRan = 'export')",
        "",
        "import \"data:text/javascript,globalThis.authorCodeRan = 'import'\"",
        "",
        "<Callout kind=\"note\" title={globalThis.authorCodeRan = 'prop'} {...(globalThis.authorCodeRan = {})}>Body</Callout>",
        "",
      ].join("\n"),
    );
    expect(globalThis.authorCodeRan).toBeUndefined();
    expect(html).toContain("Inline  code.");
    expect(html).toContain('aria-label="Note"');
  });

  it("shows HTML, unknown components and unsafe links as what they are instead of rendering them", async () => {
    const html = await rendered(
      [
        template,
        "<script>globalThis.authorCodeRan = true</script>",
        "",
        '<img src="/x.png" onError="globalThis.authorCodeRan = true" />',
        "",
        "A <Flowchart steps={3} /> and [a link](javascript:alert(1)) and <sup>2</sup>.",
        "",
      ].join("\n"),
    );
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toContain("Line 33: &lt;script&gt; is HTML the preview does not render.");
    expect(html).toContain("Line 35: &lt;img&gt; is HTML the preview does not render.");
    expect(html).toContain("Line 37: &lt;Flowchart&gt; is not a lesson component, so the preview leaves it out.");
    expect(html).toContain("<sup>2</sup>");
  });

  it("puts a notice where a component's props do not match the registry", async () => {
    const html = await rendered(`${template}\n<Simulation scenario="no-such-scenario" controls={["lag"]} />\n`);
    expect(html).toContain("Line 33: &lt;Simulation&gt; is not rendered: its props do not match the registry.");
  });

  it("shows code plain when told not to highlight it", async () => {
    const source = `${template}\n\`\`\`sql\nSELECT 1;\n\`\`\`\n`;
    expect(await rendered(source)).toContain("shiki");
    const plain = await rendered(source, false);
    expect(plain).not.toContain("shiki");
    expect(plain).toContain("SELECT 1;");
    expect(plain).toContain("Code is shown without highlighting");
  });
});
