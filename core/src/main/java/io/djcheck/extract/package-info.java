/**
 * Finding the facts of a report in its text, in one pass over the normalised text with one term
 * automaton for the lexicon: sections, quantities bound to their concepts, mentions of practices
 * with their context, placeholders and format defects, each with the evidence that proves it.
 * {@link io.djcheck.extract.Extractor} is the entry; {@link io.djcheck.extract.Lexicon} holds the
 * pack's wording. Knows the model only.
 */
package io.djcheck.extract;
