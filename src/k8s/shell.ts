/*
 * Which words of a command line are shell scripts (`sh -c '<script>'`), so that rules can tell
 * `$(hostname)` — a command substitution the author meant — from `$(POD_NAME)`, which only the
 * kubelet could have expanded.
 */

const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

/** `-c`, `-ec`, `-xec`, `-euxc`: short options that include `c`. */
const COMMAND_OPTION = /^-[a-zA-Z]*c[a-zA-Z]*$/;
/** Options that come between the shell and `-c`, with the word that follows `-o`. */
const OTHER_OPTION = /^(-[a-zA-Z]+|\+[a-zA-Z]+|--[a-z-]+)$/;

function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

function scriptAfter(words: readonly string[], from: number): number | undefined {
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? '';
    if (COMMAND_OPTION.test(word)) return i + 1 < words.length ? i + 1 : undefined;
    if (word === '-o' || word === '+o') {
      i += 1;
      continue;
    }
    if (!OTHER_OPTION.test(word)) return undefined;
  }
  return undefined;
}

/**
 * Indexes of the words that a shell runs as a script: the word after `-c` given to sh, bash and
 * the like, anywhere on the line (`tini -- sh -c …`). When the command starts with `-c`, the image's
 * entrypoint is taken to be a shell.
 */
export function shellScriptIndexes(words: readonly string[]): Set<number> {
  const scripts = new Set<number>();
  if (words.length > 0 && COMMAND_OPTION.test(words[0] ?? '')) {
    const script = scriptAfter(words, 0);
    if (script !== undefined) scripts.add(script);
  }
  words.forEach((word, index) => {
    if (!SHELLS.has(basename(word))) return;
    const script = scriptAfter(words, index + 1);
    if (script !== undefined) scripts.add(script);
  });
  return scripts;
}
