/*
 * `$(VAR)` references as the kubelet reads them in env values, command and args (its forked
 * `expansion` package): `$$` is an escaped `$`, `$(` runs to the first `)`, whatever lies between
 * is the variable name, and a name the kubelet does not know stays in the text as written.
 */

/** One `$(…)` reference. */
export interface VariableReference {
  /** What is written between the parentheses (any text: `POD_NAME`, `POD_NAME##*-`, `hostname -f`). */
  name: string;
  /** Offset of the `$`. */
  start: number;
  /** Offset just after the `)`. */
  end: number;
}

/** Every reference the kubelet would try to expand, in order. */
export function variableReferences(text: string): VariableReference[] {
  const references: VariableReference[] = [];
  // Nearly every value has no `$` at all; indexOf is far cheaper than reading it character by character.
  if (!text.includes('$')) return references;
  for (let cursor = 0; cursor < text.length - 1; cursor++) {
    if (text[cursor] !== '$') continue;
    const next = text[cursor + 1];
    if (next === '(') {
      const close = text.indexOf(')', cursor + 2);
      if (close === -1) return references;
      references.push({ name: text.slice(cursor + 2, close), start: cursor, end: close + 1 });
      cursor = close;
    } else {
      // `$$` is an escape, and `$x` no reference: either way the next character is consumed.
      cursor += 1;
    }
  }
  return references;
}

/** The text after expansion: known names replaced by their value, the others left as written. */
export function expandVariables(text: string, lookup: (name: string) => string | undefined): string {
  if (!text.includes('$')) return text;
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < text.length - 1; cursor++) {
    if (text[cursor] !== '$') continue;
    const next = text[cursor + 1];
    out += text.slice(checkpoint, cursor);
    if (next === '(') {
      const close = text.indexOf(')', cursor + 2);
      if (close === -1) {
        out += '$(';
        cursor += 1;
      } else {
        const name = text.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        cursor = close;
      }
    } else {
      out += next === '$' ? '$' : `$${next}`;
      cursor += 1;
    }
    checkpoint = cursor + 1;
  }
  return out + text.slice(checkpoint);
}

/** A name as environment variables are written: the only kind people mean to reference. */
export function isVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && !/[.-]$/.test(name);
}

/**
 * Shell parameter expansion written inside `$(…)` — `$(POD_NAME##*-)`, `$(HOST:-localhost)` — which
 * the kubelet never expands; the variable it meant, or undefined.
 */
export function shellParameterSyntax(name: string): string | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:##|#|%%|%|:-|:=|:\+|:\?|-|=|\+|\?|\/\/|\/|\^\^|\^|,,|,|:\d)/.exec(name);
  return match?.[1];
}

/** A name written the way environment variables are (`DB_HOST`), unlike shell locals (`i`, `line`). */
export function isEnvStyleName(name: string): boolean {
  return ENV_STYLE.test(name);
}

const ENV_STYLE = /^[A-Z_][A-Z0-9_]*$/;
