package io.djcheck.extract;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.FormatIssueKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every enumeration counts on: 一是 二是 三是. Each family (一、 （一） 1. 一是 第一)
 * is followed on its own; a mark of an outer family starts every inner sequence again, and a new
 * sequence may always start at 1. A number that repeats the last one (or goes back) is
 * {@code ORDINAL_DUPLICATE}; one that skips ahead is {@code ORDINAL_GAP}.
 */
final class OrdinalChecker {

    List<FormatIssue> check(String t, List<Enumerator> marks, EvidenceFactory evidence) {
        List<FormatIssue> out = new ArrayList<>();
        Map<String, Enumerator> last = new HashMap<>();
        for (Enumerator m : marks) {
            // an outer mark ends the sequences of every inner family
            last.values().removeIf(prev -> prev.rank() > m.rank());
            Enumerator prev = last.get(m.family());
            int expected = prev == null ? 1 : prev.ordinal() + 1;
            if (m.ordinal() != expected && m.ordinal() != 1) {
                boolean dup = prev != null && m.ordinal() <= prev.ordinal();
                String mark = t.substring(m.start(), m.end());
                String detail = dup
                        ? "“" + mark + "”重复：前面已有“" + t.substring(prev.start(), prev.end()) + "”"
                        : "“" + mark + "”前缺少第" + expected + "项";
                out.add(new FormatIssue(dup ? FormatIssueKind.ORDINAL_DUPLICATE : FormatIssueKind.ORDINAL_GAP,
                        detail, evidence.span(m.start(), m.end())));
            }
            last.put(m.family(), m);
        }
        return out;
    }
}
