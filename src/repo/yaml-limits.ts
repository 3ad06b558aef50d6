/**
 * How deeply YAML collections may nest, aliases expanded. yaml composes documents recursively and
 * catches its own stack overflow around 900 levels, but when the overflow lands in V8's RegExp compiler
 * the whole process aborts ("RegExpCompiler Allocation failed"), which no try/catch stops: two 900-deep
 * files in a row did it. Real configuration nests a few dozen levels (a Kubernetes CRD schema about
 * 40); 200 keeps yaml, the converter and the CI node readers, all recursive, far from the stack limit.
 */
export const MAX_YAML_DEPTH = 200;

/**
 * How many nodes a document's aliases may stand for once expanded (an alias of a 10-node mapping
 * stands for 10; aliases inside an anchored node count again each time that node is aliased). The
 * readers walk expanded trees, so this bounds their work where the file size does not: a 500-byte
 * billion-laughs file stands for 9^9 nodes. A real configuration reuses a few templates at most a
 * few hundred times (300 GitLab jobs merging a 30-node template stand for 9,000 nodes); 100,000 leaves
 * an order of magnitude of room and still takes every reader well under a second.
 */
export const MAX_ALIAS_EXPANSION = 100_000;
