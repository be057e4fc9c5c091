/** Version of the tagger model format and training recipe, written into the model file and checked on load. */
export const MODEL_VERSION = "tagger-1";
