package io.djcheck.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a headline ("组织生活质量不高") a sentence speaks of: the share of the headline's
 * character pairs found in the sentence, each pair weighted by how rare it is among the sentences
 * of both reports (inverse document frequency), so 党建 or 工作, found everywhere, decide nothing
 * and 质量不高 decides much. Chinese has no spaces, and pairs of characters are the usual unit
 * that needs no dictionary.
 */
final class TopicMatcher {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int sentences;

    TopicMatcher(List<TextSpan> allSentences) {
        for (TextSpan s : allSentences) {
            for (String b : bigrams(s.text())) {
                documentFrequency.merge(b, 1, Integer::sum);
            }
        }
        this.sentences = allSentences.size();
    }

    /** 0 (nothing of the headline) to 1 (every pair of it). */
    double coverage(String headline, String sentence) {
        return topic(headline).coverage(bigrams(sentence));
    }

    /** A headline's pairs with their weights, taken once to be matched against many sentences. */
    Topic topic(String headline) {
        Map<String, Double> weights = new HashMap<>();
        for (String b : bigrams(headline)) {
            weights.put(b, weight(b));
        }
        return new Topic(weights);
    }

    record Topic(Map<String, Double> weights) {
        double coverage(Set<String> sentence) {
            double total = 0;
            double found = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                total += e.getValue();
                if (sentence.contains(e.getKey())) {
                    found += e.getValue();
                }
            }
            return total == 0 ? 0 : found / total;
        }
    }

    private double weight(String bigram) {
        int df = documentFrequency.getOrDefault(bigram, 0);
        return Math.log((sentences + 1.0) / (df + 1.0)) + 0.1;   // + 0.1: a pair in every sentence still counts a little
    }

    /** Pairs of adjacent letters or digits; punctuation and spaces break a pair. */
    static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }
}
