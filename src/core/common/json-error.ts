import { problem, type Problem } from './problems.ts';

/**
 * A JSON syntax error as a problem with the line and column where it is (1-based), found from the
 * engine's message ("… at position 11", "… (line 2 column 3)"); without a position, the end of
 * the text (the text stopped early).
 */
export function jsonSyntaxProblem(error: unknown, text: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  let line: number;
  let column: number;
  if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else {
    const at = position ? Math.min(Number(position[1]), text.length) : text.length;
    const before = text.slice(0, at).split('\n');
    line = before.length;
    column = (before.at(-1)?.length ?? 0) + 1;
  }
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .trim();
  return problem('json_syntax', [], { detail, line, column });
}
