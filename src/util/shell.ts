/**
 * The simple commands of a POSIX shell line, as word lists, for reading what a Dockerfile RUN or a CI
 * step runs. Commands are split at `;`, `&`, `&&`, `|`, `||`, `|&`, parentheses and newlines (outside
 * quotes); quotes are removed; redirections (`> file`, `2>&1`, `&>log`) and comments are dropped, so
 * no word of the result is shell syntax. `$(...)` and backquoted substitutions stay inside their word.
 * Not a full shell parser: no expansion, no here-documents, no keywords (`if`, `for` stay words).
 */
export function shellCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let dropNext = false;

  const endWord = (): void => {
    if (inWord && !dropNext) words.push(word);
    else if (inWord) dropNext = false;
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    dropNext = false;
    if (words.length > 0) commands.push(words);
    words = [];
  };

  let i = 0;
  while (i < script.length) {
    const c = script.charAt(i);
    const next = script.charAt(i + 1);
    if (c === '\\') {
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      i += 2;
    } else if (c === "'") {
      const end = closing(script, i + 1, "'");
      word += script.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const end = closing(script, i + 1, '"');
      word += script.slice(i + 1, end).replace(/\\(["\\$`])/g, '$1');
      inWord = true;
      i = end + 1;
    } else if (c === '`') {
      const end = closing(script, i + 1, '`');
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (c === '$' && next === '(') {
      const end = matchingParen(script, i + 1);
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (c === '#' && !inWord) {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else if (c === '\n' || c === ';' || c === '(' || c === ')') {
      endCommand();
      i++;
    } else if (/\s/.test(c)) {
      endWord();
      i++;
    } else if ((c === '>' || c === '<') && /^\d*$/.test(word)) {
      // A redirection: its fd number (already in `word`) and its target are not words of the command.
      const operator = /^(>>|>&|>\||<<<|<<-?|<&|<>|>|<)/.exec(script.slice(i))?.[0] ?? c;
      word = '';
      inWord = false;
      dropNext = true;
      i += operator.length;
    } else if (c === '&' && next === '>') {
      endWord();
      dropNext = true;
      i += script.startsWith('&>>', i) ? 3 : 2;
    } else if (c === '&' || c === '|') {
      endCommand();
      i += next === c || (c === '|' && next === '&') ? 2 : 1;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endCommand();
  return commands;
}

/** Index of the closing `quote` from `from` (honouring backslashes except in single quotes), or the end. */
function closing(script: string, from: number, quote: string): number {
  for (let i = from; i < script.length; i++) {
    if (script[i] === '\\' && quote !== "'") i++;
    else if (script[i] === quote) return i;
  }
  return script.length;
}

function matchingParen(script: string, open: number): number {
  let depth = 0;
  for (let i = open; i < script.length; i++) {
    if (script[i] === '(') depth++;
    else if (script[i] === ')' && --depth === 0) return i;
  }
  return script.length;
}
