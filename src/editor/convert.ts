// The one place engine offsets become editor positions. Offsets are into the text that was analysed,
// so positions are computed from that same text, whether or not the document is open.
import * as vscode from 'vscode';

export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  position(offset: number): vscode.Position {
    let lo = 0, hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - this.#starts[lo]);
  }

  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(end));
  }
}

export function toSeverity(s: string): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    default: return vscode.DiagnosticSeverity.Warning;
  }
}
