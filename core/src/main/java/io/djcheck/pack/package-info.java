/**
 * Rule packs: the one place that reads and checks a pack folder — pack.yaml, params.yaml with its
 * profiles, lexicon.yaml, scoring.yaml, rules/*.yaml, rules/*.drl and tests/*.yaml — through
 * {@link io.djcheck.pack.PackLoader}, for the checker's builder, reload, lint and rule tests alike.
 * {@link io.djcheck.pack.RulePack} is a pack's files, {@link io.djcheck.pack.RulePackException}
 * lists every problem as {@code file:line:column: code: message}, and
 * {@link io.djcheck.pack.RulePackWatcher} reloads a checker when the files change.
 */
package io.djcheck.pack;
