/**
 * GitHub Actions workflow commands (`::error file=…::message`). The runner reads them line by line
 * from stdout, so a newline in a message would end the command early and `::` could start a new one:
 * escaping here is what keeps manifest text from injecting commands.
 */

/** Message part: `%`, CR and LF are the runner's own escapes (what @actions/core does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: additionally `:` and `,`, which separate properties and end the property list. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

// The order GitHub documents; kept fixed so output is stable.
const PROPERTY_ORDER: readonly (keyof AnnotationProperties)[] = ['file', 'line', 'col', 'endLine', 'endColumn', 'title'];

export function workflowCommand(command: string, properties: AnnotationProperties, message: string): string {
  const parts: string[] = [];
  for (const key of PROPERTY_ORDER) {
    const value = properties[key];
    if (value !== undefined && value !== '') parts.push(`${key}=${escapeProperty(String(value))}`);
  }
  return `::${command}${parts.length > 0 ? ` ${parts.join(',')}` : ''}::${escapeData(message)}`;
}
