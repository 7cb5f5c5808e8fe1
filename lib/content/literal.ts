import type { Node } from "estree";

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };
export type LiteralResult = { success: true; data: Literal } | { success: false; error: string };

const fail = (error: string): LiteralResult => ({ success: false, error });

/**
 * Evaluates a JSX attribute expression that is a plain literal (strings,
 * numbers, booleans, null, arrays and objects of them, negative numbers,
 * template strings without substitutions). Anything else is refused: content
 * is checked without ever running it.
 */
export function evaluateLiteral(node: Node | null | undefined): LiteralResult {
  if (!node) return fail("empty expression");
  switch (node.type) {
    case "Program": {
      const body = node.body;
      const [statement] = body;
      if (body.length !== 1 || !statement || statement.type !== "ExpressionStatement")
        return fail("expected a single expression");
      return evaluateLiteral(statement.expression);
    }
    case "Literal": {
      const value = (node as { value: unknown }).value;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null)
        return { success: true, data: value };
      return fail("only string, number, boolean and null literals are allowed");
    }
    case "ArrayExpression": {
      const items: Literal[] = [];
      for (const element of node.elements) {
        if (!element || element.type === "SpreadElement") return fail("array holes and spreads are not allowed");
        const item = evaluateLiteral(element);
        if (!item.success) return item;
        items.push(item.data);
      }
      return { success: true, data: items };
    }
    case "ObjectExpression": {
      const result: { [key: string]: Literal } = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init")
          return fail("only plain object properties are allowed");
        const key =
          property.key.type === "Identifier"
            ? property.key.name
            : property.key.type === "Literal"
              ? String(property.key.value)
              : undefined;
        if (key === undefined) return fail("unsupported object key");
        const value = evaluateLiteral(property.value);
        if (!value.success) return value;
        result[key] = value.data;
      }
      return { success: true, data: result };
    }
    case "UnaryExpression": {
      const argument = evaluateLiteral(node.argument);
      if (!argument.success) return argument;
      if (node.operator === "-" && typeof argument.data === "number") return { success: true, data: -argument.data };
      return fail(`operator ${node.operator} is not allowed`);
    }
    case "TemplateLiteral": {
      if (node.expressions.length > 0) return fail("template substitutions are not allowed");
      return { success: true, data: node.quasis.map((quasi) => quasi.value.cooked ?? "").join("") };
    }
    default:
      return fail(`${node.type} is not a literal`);
  }
}
