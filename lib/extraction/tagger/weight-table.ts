/**
 * The weights of one linear model, read-only and compact: for each feature id
 * the classes it votes for with integer (quantised) weights, found through an
 * open-addressing hash table. `encodeWeights` and `decodeWeights` are the file format.
 */

/** One model's weights, ready to score. */
export interface WeightTable {
  classes: number;
  keys: Uint32Array;
  rows: Int32Array;
  rowStart: Uint32Array;
  cls: Uint8Array;
  w: Int16Array;
  mask: number;
}

/** Sparse rows to store: feature id → (class, integer weight) pairs. */
export type SparseRows = Map<number, [number, number][]>;

/** Bytes of `rows` as [count u32][ids u32…][pair counts u8…][classes u8…][weights i16…], little-endian. */
export function encodeWeights(rows: SparseRows): Uint8Array {
  const ids = [...rows.keys()].sort((a, b) => a - b); // sorted so the same weights give the same bytes
  const pairs = ids.reduce((s, id) => s + rows.get(id)!.length, 0);
  const buf = new Uint8Array(4 + ids.length * 5 + pairs * 3);
  const view = new DataView(buf.buffer);
  view.setUint32(0, ids.length, true);
  let o = 4;
  for (const id of ids) { view.setUint32(o, id, true); o += 4; }
  for (const id of ids) buf[o++] = rows.get(id)!.length;
  for (const id of ids) for (const [c] of rows.get(id)!) buf[o++] = c;
  for (const id of ids) for (const [, w] of rows.get(id)!) { view.setInt16(o, w, true); o += 2; }
  return buf;
}

/** Reads what `encodeWeights` wrote into a table for `classes` classes. */
export function decodeWeights(buf: Uint8Array, classes: number): WeightTable {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = view.getUint32(0, true);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size);
  const rowStart = new Uint32Array(n + 1);
  let o = 4;
  const idsAt = o;
  o += n * 4;
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + buf[o + i]!;
  o += n;
  const pairs = rowStart[n]!;
  const cls = buf.slice(o, o + pairs);
  o += pairs;
  const w = new Int16Array(pairs);
  for (let i = 0; i < pairs; i++) w[i] = view.getInt16(o + i * 2, true);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const id = view.getUint32(idsAt + i * 4, true);
    let s = id & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = id;
    rows[s] = i;
  }
  for (const c of cls) if (c >= classes) throw new Error(`weight table names class ${c}, but the model has ${classes} classes`);
  return { classes, keys, rows, rowStart, cls, w, mask };
}

/** Adds the votes of `feats[0..count)` into `scores` (zeroed by the caller). */
export function addScores(t: WeightTable, feats: Uint32Array, count: number, scores: Int32Array): void {
  const { keys, rows, rowStart, cls, w, mask } = t;
  for (let f = 0; f < count; f++) {
    const id = feats[f]!;
    let s = id & mask;
    let k = keys[s]!;
    while (k !== 0 && k !== id) {
      s = (s + 1) & mask;
      k = keys[s]!;
    }
    if (k === 0) continue;
    const r = rows[s]!;
    for (let j = rowStart[r]!, e = rowStart[r + 1]!; j < e; j++) {
      const c = cls[j]!;
      scores[c] = scores[c]! + w[j]!;
    }
  }
}
