// The shape of bench/results.json: what each step stores, and what the report reads.
import type { Verdict } from '../test/budgets/budgets.ts';
import type { PeerMeasure, PeerProblem } from './sizes/peers.ts';
import type {
  Compressed,
  EntryBuild,
  FileGroup,
  LazyGroup,
  Measure,
  ModuleShare,
} from './sizes/measure.ts';
import type { Machine, Stats } from './shared.ts';

/** A step that could not run says why instead of leaving older figures in place. */
export interface Failed {
  readonly machine: Machine;
  readonly error: string;
}

export interface SizesResult {
  readonly machine: Machine;
  readonly entries: readonly {
    readonly id: string;
    readonly label: string;
    readonly entry: string;
    readonly initial: FileGroup;
    readonly lazy: readonly LazyGroup[];
  }[];
  readonly figures: readonly (Measure & { readonly verdict: Verdict })[];
  readonly modules: Readonly<
    Record<
      string,
      {
        readonly modules: readonly ModuleShare[];
        readonly sourceFiles: readonly { readonly file: string; readonly raw: number }[];
      }
    >
  >;
  readonly templateWhitespace: Readonly<Record<string, Compressed>>;
  /** Per entry: its initial JS split into libraries and the project's own code. */
  readonly initialSplit: Readonly<Record<string, EntryBuild['initialSplit']>>;
  readonly peers: readonly PeerMeasure[];
  readonly peerProblems: readonly PeerProblem[];
}

export interface LighthouseRun {
  readonly scores: Readonly<Record<string, number | null>>;
  readonly metrics: Readonly<Record<string, number>>;
  readonly scriptBytes: number;
  readonly scriptRequests: number;
  readonly benchmarkIndex: number;
  /** Scored audits below a full score, with the value Lighthouse showed. */
  readonly misses: readonly {
    readonly category: string;
    readonly title: string;
    readonly value: string;
  }[];
  readonly longTasks: readonly { readonly url: string; readonly duration: number }[];
  readonly warnings: readonly string[];
  /** What compressing the responses would save, by Lighthouse's estimate (0 when compressed). */
  readonly compression: { readonly bytes: number; readonly fcpMs: number; readonly lcpMs: number };
  /** The element Lighthouse took for the Largest Contentful Paint. */
  readonly lcpElement: string;
  /** The elements that moved (Cumulative Layout Shift), with their share of the score. */
  readonly layoutShifts: readonly { readonly element: string; readonly score: number }[];
}

export interface LighthousePage {
  readonly path: string;
  readonly name: string;
  readonly runs: readonly LighthouseRun[];
  readonly scores: Readonly<Record<string, Stats>>;
  readonly metrics: Readonly<Record<string, Stats>>;
  readonly scriptBytes: number;
  readonly scriptRequests: number;
}

export interface LighthouseResult {
  readonly machine: Machine;
  readonly version: string;
  readonly runs: number;
  readonly pages: readonly LighthousePage[];
}

export interface InpageRate {
  readonly rate: number;
  readonly grid: {
    readonly lit: Stats;
    readonly hand: Stats;
    readonly ratio: number;
    readonly elements: { readonly lit: number; readonly hand: number };
  };
  readonly filterSort: {
    readonly count: number;
    readonly indexMs: number;
    readonly matches: { readonly text: number; readonly textCategory: number };
    readonly filterText: Stats;
    readonly filterTextCategory: Stats;
    readonly sortPrice: Stats;
    readonly sortName: Stats;
    readonly sortPriceComparator: Stats;
  };
  readonly memoryAdapter: Stats;
  readonly addToCart: Stats;
  /** Frames while the page scrolls through `<vt-catalog layout="list">`. */
  readonly scroll: {
    readonly products: number;
    readonly frame: Stats;
    readonly scrolledPx: number;
    /** Rows in the DOM along the way: the list keeps it constant. */
    readonly rowsInDom: { readonly min: number; readonly max: number };
  };
}

export interface InpageResult {
  readonly machine: Machine;
  readonly rates: readonly InpageRate[];
}

export interface Results {
  readonly sizes?: SizesResult | Failed;
  readonly lighthouse?: LighthouseResult | Failed;
  readonly inpage?: InpageResult | Failed;
}
