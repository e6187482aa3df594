import { analyzeSync, type Template } from 'liquidjs';

/**
 * The global variables parsed templates read, as the editor names them: the root, or two
 * segments for sender.* and custom.* ("custom.revenue"). Locals (assign, for) are left out.
 */
export function referencedVariables(parts: Template[][]): string[] {
  const found: string[] = [];
  for (const templates of parts) {
    const analysis = analyzeSync(templates, { partials: false });
    const occurrences: { name: string; row: number; col: number }[] = [];
    for (const variables of Object.values(analysis.globals)) {
      for (const variable of variables) {
        const [root, second] = variable.segments;
        if (typeof root !== 'string') continue;
        const name = (root === 'sender' || root === 'custom') && typeof second === 'string' ? `${root}.${second}` : root;
        occurrences.push({ name, row: variable.location.row, col: variable.location.col });
      }
    }
    occurrences.sort((a, b) => a.row - b.row || a.col - b.col);
    for (const { name } of occurrences) if (!found.includes(name)) found.push(name);
  }
  return found;
}
