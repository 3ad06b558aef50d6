import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/util/shell.js';

describe('shellCommands', () => {
  it('splits at every control operator and keeps quoted operators inside words', () => {
    expect(shellCommands(`a 1 & b 2; c && d || e | f |& g\nh "x;y" 'p && q' (i) { j; }`)).toEqual([
      ['a', '1'], ['b', '2'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h', 'x;y', 'p && q'], ['i'], ['{', 'j'], ['}'],
    ]);
  });

  it('drops redirections with their targets, comments and line continuations', () => {
    expect(shellCommands('pip install a 2>&1 >>log.txt </dev/null b &>/dev/null c \\\n  d # e f')).toEqual([['pip', 'install', 'a', 'b', 'c', 'd']]);
  });

  it('keeps substitutions, escapes and comparison-looking words whole', () => {
    expect(shellCommands('pip install $(cat reqs | grep -v x) `echo y` numpy>=1.2 a\\ b "q\\"r"')).toEqual([
      ['pip', 'install', '$(cat reqs | grep -v x)', '`echo y`', 'numpy>=1.2', 'a b', 'q"r'],
    ]);
  });
});
