/**
 * Copied reports across a batch: {@link io.djcheck.similar.DuplicateFinder} keeps a short MinHash
 * signature per report and finds the clusters of reports that share most of their text, with the
 * figures and names masked (so "copy and change the numbers" is caught) and word order of
 * paragraphs ignored; {@link io.djcheck.similar.DuplicateCluster} is one cluster with its pairwise
 * similarities, shared passages and oldest member; {@link io.djcheck.similar.DuplicateJson} its
 * published JSON line.
 *
 * <p>The core (one-permutation MinHash with densification, LSH banding, union-find) is written here
 * rather than taken from a library: the Java MinHash libraries on Maven Central are unmaintained
 * ({@code info.debatty:java-lsh}, last release 2017) or tied to a Lucene analyzer chain
 * ({@code org.codelibs:minhash}, Lucene's {@code MinHashFilter}), and none bands signatures in
 * bounded memory for 100,000 documents; the whole method is about 200 lines.
 * References: Broder, "On the resemblance and containment of documents" (1997); Leskovec, Rajaraman
 * and Ullman, "Mining of Massive Datasets", ch. 3 (banding); Li, Owen and Zhang, "One Permutation
 * Hashing" (NIPS 2012); Shrivastava and Li, "Densifying One Permutation Hashing via Rotation"
 * (ICML 2014).
 */
package io.djcheck.similar;
