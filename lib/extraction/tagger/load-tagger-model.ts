import { FEATURE_SET } from "./features.ts";
import { MODEL_HEADER, NER_WEIGHTS, POS_WEIGHTS } from "./model-data.ts";
import { MODEL_VERSION } from "./model-version.ts";
import type { TaggerModel } from "./tag-words.ts";
import { decodeWeights } from "./weight-table.ts";

let cached: TaggerModel | null = null;

/** The committed tagger model, decoded on first use and kept for the life of the process. */
export function getTaggerModel(): TaggerModel {
  cached ??= decodeTaggerModel(MODEL_HEADER, POS_WEIGHTS, NER_WEIGHTS);
  return cached;
}

/** Decodes a model from its JSON header and base64 weights; refuses a version or feature set this code does not compute. */
export function decodeTaggerModel(headerJson: string, pos: string, ner: string): TaggerModel {
  const h = JSON.parse(headerJson) as {
    version: string;
    featureSet: string;
    posTags: string[];
    nerTags: string[];
    tagdict: Record<string, string>;
  };
  if (h.version !== MODEL_VERSION)
    throw new Error(
      `tagger model version "${h.version}" does not match the code's "${MODEL_VERSION}": run npm run train:tagger`,
    );
  if (h.featureSet !== FEATURE_SET)
    throw new Error(
      `tagger model feature set "${h.featureSet}" does not match the code's "${FEATURE_SET}": run npm run train:tagger`,
    );
  const posIds = new Map(h.posTags.map((t, i) => [t, i]));
  const tagdict = new Map<string, number>();
  for (const [w, t] of Object.entries(h.tagdict)) {
    const id = posIds.get(t);
    if (id === undefined) throw new Error(`tagger tag dictionary gives "${w}" the unknown tag "${t}"`);
    tagdict.set(w, id);
  }
  return {
    version: h.version,
    featureSet: h.featureSet,
    posTags: h.posTags,
    nerTags: h.nerTags,
    tagdict,
    pos: decodeWeights(base64Bytes(pos), h.posTags.length),
    ner: decodeWeights(base64Bytes(ner), h.nerTags.length),
  };
}

/** Bytes of a base64 string, without Node's Buffer so the pipeline stays runtime-neutral. */
function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
