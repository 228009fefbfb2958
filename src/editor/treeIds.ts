// Ids for tree nodes, which VS Code requires unique within a view. No vscode import: unit-tested.

/** Ids unique within one build of a tree: a repeated id gets "#2", "#3"... */
export function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let u = id;
    for (let i = 2; used.has(u); i++) u = `${id}#${i}`;
    used.add(u);
    return u;
  };
}
