// Messages between the extension host and the analysis worker. Plain data only, so the same
// protocol runs over a worker_threads Worker (desktop) and a Web Worker (vscode.dev).
import type { Analysis, Options } from '../core/types';

export type ToWorker =
  | {
    readonly type: 'init';
    /** Folder for the disk cache of extracted facts; absent where there is no disk (the web). */
    readonly cacheDir?: string;
    /** Obey `fault` messages: set only when VS Code runs the extension's tests. */
    readonly testHooks?: boolean;
  }
  | {
    readonly type: 'analyse';
    readonly id: number;
    /** Articles whose text is new or changed since the last request. */
    readonly upsert: readonly { path: string; text: string }[];
    /** Every article loaded now, in order; texts of the others are already in the worker. */
    readonly paths: readonly string[];
    readonly options: Partial<Options>;
  }
  /** Test-only: make the worker crash or stop responding, to test the host's recovery. */
  | { readonly type: 'fault'; readonly fault: 'crash' | 'hang' };

export interface AnalysisStats {
  /** Paragraphs parsed for this request (cache misses). */
  readonly parsed: number;
  /** Articles whose facts came from the disk cache. */
  readonly fromDisk: number;
  /** Disk cache entries found unusable (corrupt, another engine version) and rebuilt. */
  readonly rejected: number;
  /** The whole analysis was read from the disk cache (an earlier session's, of the same texts and options). */
  readonly analysisFromDisk?: boolean;
}

export type FromWorker =
  /** Sent while working, so the host can tell a long analysis from a hung worker. */
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly id: number; readonly analysis: Analysis; readonly stats: AnalysisStats }
  /** A newer request arrived before this one finished; its result will follow instead. */
  | { readonly type: 'superseded'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly error: string };
