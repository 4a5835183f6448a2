import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);

// src/report/counts.ts
function countProblems(result) {
  let errors = 0;
  let warnings = 0;
  for (const file of result.files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === "error") errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}
function describeCounts({ errors, warnings }) {
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
}

export {
  countProblems,
  describeCounts
};
