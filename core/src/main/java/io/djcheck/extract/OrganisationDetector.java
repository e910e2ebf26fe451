package io.djcheck.extract;

import io.djcheck.model.Organisation;

import java.util.List;

/**
 * The name of the reporting organisation, as the title or the opening sentence gives it: "某某镇党委",
 * "区委办公室党组", "徐家坪镇", "××社区党总支". A name ends in one of the lexicon's organisation
 * suffixes ({@code orgLevels.suffixes}: 党委, 党支部, 镇, 社区 ...), runs back over the characters
 * of a name (not over punctuation, digits, 年, 在, 关于 ...), holds at least {@link #MIN_LENGTH}
 * characters and does not start with a word that only points at the organisation (全, 我, 本).
 * Adjacent suffixes join ("某镇" + "党委"). Superior bodies named in a clause with a superior cue
 * ("按照县委要求") are skipped, and so are stems of generic words only (基层党支部). Null when none is named.
 */
final class OrganisationDetector {

    static final int MIN_LENGTH = 3;
    /** Longest name taken. */
    private static final int MAX_LENGTH = 20;
    /** How far into the text a name is looked for when there is no title. */
    private static final int OPENING = 120;
    /** Characters that end a name when read backwards. */
    private static final String STOPS = "年度在于的和与及、，。；：:,. \t\n\"“”《》（）()【】[]—-0123456789据按根关照向对";
    /** First characters of words that point at an organisation without naming it (全镇, 我村, 本乡, 该社区, 各党支部). */
    private static final String POINTERS = "全我本该各其";

    Organisation detect(TextLayout layout, Hits hits, EvidenceFactory evidence) {
        String t = layout.text();
        int titleEnd = Title.end(layout);
        int regionEnd = titleEnd > 0 ? titleEnd : firstSentenceEnd(t, Math.min(t.length(), OPENING));
        int openingStart = titleEnd > 0 ? -1 : layout.paragraphs() == 0 ? 0 : layout.paragraphStart(0);
        List<Hit> suffixes = hits.longest(Term.Kind.ORG_SUFFIX);
        List<Hit> superior = hits.of(Term.Kind.SUPERIOR);
        List<Hit> generic = hits.of(Term.Kind.ORG_GENERIC);
        for (int k = 0; k < suffixes.size() && suffixes.get(k).end() <= regionEnd; k++) {
            Hit h = suffixes.get(k);
            if (!endsAWord(t, h, suffixes, regionEnd)) {
                continue;                               // 村 in 村集体, 镇 in 镇地处
            }
            int start = h.start();
            while (start > 0 && h.end() - start < MAX_LENGTH && STOPS.indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            int end = h.end();
            for (int j = k + 1; j < suffixes.size() && suffixes.get(j).start() == end
                    && endsAWord(t, suffixes.get(j), suffixes, regionEnd); j++) {
                end = suffixes.get(j).end();
            }
            if (end - start < MIN_LENGTH || POINTERS.indexOf(t.charAt(start)) >= 0
                    || !stemHasAName(suffixes, generic, start, h.start()) || superiorBefore(superior, start)
                    || openingStart >= 0 && !opensAClause(t, openingStart, start)) {
                continue;                               // without a title, only a name opening the text counts
            }
            return new Organisation(t.substring(start, end), evidence.span(start, end));
        }
        return null;
    }

    /**
     * Whether a suffix ends a name: a suffix of two or more characters (党委, 社区) always may; a
     * one-character one (村, 镇) only before the end, a non-Chinese character or another suffix
     * ("徐家坪镇：", "某镇党委"), not inside a word (村集体, 镇地处).
     */
    private static boolean endsAWord(String t, Hit h, List<Hit> suffixes, int regionEnd) {
        if (h.length() > 1 || h.end() >= regionEnd || !TextNormalizer.isCjk(t.charAt(h.end()))) {
            return true;
        }
        for (Hit o : suffixes) {
            if (o.start() == h.end()) {
                return true;
            }
            if (o.start() > h.end()) {
                break;
            }
        }
        return false;
    }

    /** Whether {@code start} opens the text's first or second clause ("2022年以来，**镇党委坚持…"). */
    private static boolean opensAClause(String t, int openingStart, int start) {
        if (start == openingStart) {
            return true;
        }
        int comma = t.indexOf('，', openingStart);
        return comma >= 0 && comma == start - 1;
    }

    /** The opening sentence's end (its 。！？ or line end), at most {@code limit}. */
    private static int firstSentenceEnd(String t, int limit) {
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                return i;
            }
        }
        return limit;
    }

    /**
     * Whether the part before the suffix holds a character of its own, not only level words and
     * generic words of the lexicon ({@code orgLevels.generic}): "镇党委", "基层党支部", "一些党支部" name no one.
     */
    private static boolean stemHasAName(List<Hit> suffixes, List<Hit> generic, int from, int to) {
        for (int i = from; i < to; i++) {
            final int at = i;
            boolean inSuffix = false;
            for (Hit h : generic) {
                if (h.start() <= at && at < h.end()) {
                    inSuffix = true;
                    break;
                }
                if (h.start() > at) {
                    break;
                }
            }
            for (Hit h : suffixes) {
                if (inSuffix) {
                    break;
                }
                if (h.start() <= at && at < h.end()) {
                    inSuffix = true;
                    break;
                }
                if (h.start() > at) {
                    break;
                }
            }
            if (!inSuffix) {
                return true;
            }
        }
        return false;
    }

    private static boolean superiorBefore(List<Hit> superior, int start) {
        for (Hit s : superior) {
            if (s.end() <= start && start - s.end() <= 1) {
                return true;
            }
            if (s.start() > start) {
                break;
            }
        }
        return false;
    }
}
