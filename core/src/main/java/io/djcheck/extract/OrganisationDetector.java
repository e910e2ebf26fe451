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
 * ("按照县委要求") are skipped. Null when none is named.
 */
final class OrganisationDetector {

    static final int MIN_LENGTH = 3;
    /** Longest name taken. */
    private static final int MAX_LENGTH = 20;
    /** How far into the text a name is looked for when there is no title. */
    private static final int OPENING = 120;
    /** Characters that end a name when read backwards. */
    private static final String STOPS = "年度在于的和与及、，。；：:,. \t\n\"“”《》（）()【】[]—-0123456789全我本各该据按根关照向对";

    Organisation detect(TextLayout layout, Hits hits, EvidenceFactory evidence) {
        String t = layout.text();
        int titleEnd = Title.end(layout);
        int regionEnd = titleEnd > 0 ? titleEnd : Math.min(t.length(), OPENING);
        List<Hit> suffixes = hits.longest(Term.Kind.ORG_SUFFIX);
        List<Hit> superior = hits.of(Term.Kind.SUPERIOR);
        for (int k = 0; k < suffixes.size() && suffixes.get(k).end() <= regionEnd; k++) {
            Hit h = suffixes.get(k);
            int start = h.start();
            while (start > 0 && h.end() - start < MAX_LENGTH && STOPS.indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            int end = h.end();
            for (int j = k + 1; j < suffixes.size() && suffixes.get(j).start() == end; j++) {
                end = suffixes.get(j).end();
            }
            if (end - start < MIN_LENGTH || start == h.start() || superiorBefore(superior, start)) {
                continue;
            }
            return new Organisation(t.substring(start, end), evidence.span(start, end));
        }
        return null;
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
