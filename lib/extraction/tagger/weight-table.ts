/**
 * The weights of one linear model, read-only and compact: for each feature id
 * the classes it votes for with integer (quantised) weights, found through an
 * open-addressing hash table. `encodeWeights` and `decodeWeights` are the file format.
 */

/**
 * One model's weights, ready to score. Laid out for few cache misses: `slots`
 * interleaves each feature id with the offset of its row in `data`, and a row is
 * [pair count, (weight << 8 | class)…].
 */
export interface WeightTable {
  classes: number;
  slots: Uint32Array;
  data: Int32Array;
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
  for (const id of ids) {
    view.setUint32(o, id, true);
    o += 4;
  }
  for (const id of ids) buf[o++] = rows.get(id)!.length;
  for (const id of ids) for (const [c] of rows.get(id)!) buf[o++] = c;
  for (const id of ids)
    for (const [, w] of rows.get(id)!) {
      view.setInt16(o, w, true);
      o += 2;
    }
  return buf;
}

/** Reads what `encodeWeights` wrote into a table for `classes` classes. */
export function decodeWeights(buf: Uint8Array, classes: number): WeightTable {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = view.getUint32(0, true);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const idsAt = 4;
  const countsAt = idsAt + n * 4;
  let pairs = 0;
  for (let i = 0; i < n; i++) pairs += buf[countsAt + i]!;
  const clsAt = countsAt + n;
  const wAt = clsAt + pairs;
  const slots = new Uint32Array(size * 2);
  const data = new Int32Array(n + pairs);
  const mask = size - 1;
  let p = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const id = view.getUint32(idsAt + i * 4, true);
    let s = id & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = id;
    slots[2 * s + 1] = o;
    const count = buf[countsAt + i]!;
    data[o++] = count;
    for (let j = 0; j < count; j++, p++) {
      const c = buf[clsAt + p]!;
      if (c >= classes) throw new Error(`weight table names class ${c}, but the model has ${classes} classes`);
      data[o++] = (view.getInt16(wAt + p * 2, true) << 8) | c;
    }
  }
  return { classes, slots, data, mask };
}

// row offsets of the features found, for the second pass of `addScores` (grown when needed)
let found = new Int32Array(64);

/**
 * Adds the votes of `feats[0..count)` into `scores` (zeroed by the caller). Two passes: first every
 * feature's row is found, then the rows are added. The tables are larger than the processor's
 * caches, so nearly every probe waits on memory; probes that do not depend on each other's
 * results can wait together, where finding and adding one row at a time waited for each in turn.
 */
export function addScores(t: WeightTable, feats: Uint32Array, count: number, scores: Int32Array): void {
  const { slots, data, mask } = t;
  if (found.length < count) found = new Int32Array(Math.max(count, 2 * found.length));
  const rows = found;
  let m = 0;
  for (let f = 0; f < count; f++) {
    const id = feats[f]!;
    let s = id & mask;
    let k = slots[2 * s]!;
    while (k !== 0 && k !== id) {
      s = (s + 1) & mask;
      k = slots[2 * s]!;
    }
    if (k !== 0) rows[m++] = slots[2 * s + 1]!;
  }
  for (let r = 0; r < m; r++) {
    let o = rows[r]!;
    for (let e = o + 1 + data[o]!; ++o < e;) {
      const v = data[o]!;
      const c = v & 255;
      scores[c] = scores[c]! + (v >> 8);
    }
  }
}
