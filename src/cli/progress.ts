import type { ScanPhase } from '../engine/scan.js';

/** A scan shorter than this shows no progress at all. */
export const PROGRESS_AFTER_MS = 1000;

export interface Progress {
  readonly update: (phase: ScanPhase) => void;
  /** Clears the line; call once, when the scan is over (or failed). */
  readonly done: () => void;
}

/**
 * One progress line on stderr, rewritten in place, shown only once the scan has taken `afterMs`; a scan
 * that ends sooner prints nothing. Only for a terminal: a pipe or a CI log gets nothing (see main.ts).
 */
export function progressLine(write: (text: string) => void, afterMs = PROGRESS_AFTER_MS): Progress {
  let current = '';
  let shown = false;
  const show = (): void => {
    shown = true;
    write(`\r\x1b[K${current}`);
  };
  const timer = setTimeout(show, afterMs);
  // A pending progress timer must never keep the process alive.
  timer.unref();
  return {
    update(phase) {
      current = describe(phase);
      if (shown) show();
    },
    done() {
      clearTimeout(timer);
      if (shown) write('\r\x1b[K');
    },
  };
}

function describe(phase: ScanPhase): string {
  switch (phase.phase) {
    case 'listing':
      return 'mlops-scan: listing files…';
    case 'reading':
      return `mlops-scan: reading and parsing ${phase.files} files…`;
    case 'rules':
      return `mlops-scan: answering ${phase.criteria} criteria…`;
  }
}
