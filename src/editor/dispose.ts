// Base for long-lived objects: everything registered is disposed with its owner, and anything
// registered after disposal is disposed at once instead of leaking.
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  #disposed = false;
  readonly #owned: vscode.Disposable[] = [];

  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.#disposed) value.dispose(); else this.#owned.push(value);
    return value;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const d of this.#owned.splice(0).reverse()) {
      try { d.dispose(); } catch { /* one failing dispose must not keep the rest alive */ }
    }
  }
}
