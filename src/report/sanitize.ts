/** Text from manifests is untrusted: C0/C1 controls (terminal escapes included) become visible `\u001b` forms. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, visibleEscape);
}

/**
 * For a field that must stay on one line (a file path, a message, a resource name): every control,
 * line breaks and tabs included, becomes a visible `\u000a` form. CI runners read workflow commands
 * (`::error::…`) from any line of a job's output, whatever format printed it, so a newline taken from
 * a manifest or a file name would let that text start a line of its own and forge an annotation.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, visibleEscape);
}

function visibleEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
