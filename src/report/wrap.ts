/**
 * Word-wraps `text` to `width` columns: the first line after `first`, the others after `rest`. Lines break
 * only between words; a word longer than a line gets a line of its own, unbroken (a path stays copyable).
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * A list on one line of at most `width` columns after `lead`: the items that fit, then how many were
 * left out as `… (N more)`. An item too long for the line on its own is cut at a word and ends in `…`.
 */
export function foldList(items: readonly string[], width: number, lead: string): string {
  let line = lead;
  for (let i = 0; i < items.length; i++) {
    const left = items.length - i - 1;
    const more = left > 0 ? ` … (${left} more)` : '';
    const item = `${i === 0 ? '' : ', '}${items[i]}`;
    if (line.length + item.length + more.length <= width) {
      line += item;
      continue;
    }
    if (i > 0) return `${line} … (${items.length - i} more)`;
    const suffix = left > 0 ? more : ' …';
    return `${line}${cutAtWord(item, width - line.length - suffix.length)}${suffix}`;
  }
  return line;
}

/** The words of `text` that fit in `room` columns (at least the first word). */
function cutAtWord(text: string, room: number): string {
  const words = text.split(' ');
  let cut = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (cut.length + 1 + word.length > room) break;
    cut += ` ${word}`;
  }
  return cut;
}
