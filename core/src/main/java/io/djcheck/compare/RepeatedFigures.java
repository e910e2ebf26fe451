package io.djcheck.compare;

import io.djcheck.model.Quantity;
import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Figures of this year's report stated identically last year (each of last year's used once). */
final class RepeatedFigures {

    private RepeatedFigures() {
    }

    static List<RepeatedFigure> of(Report last, Report current) {
        List<RepeatedFigure> out = new ArrayList<>();
        Set<Quantity> used = new HashSet<>();
        for (Quantity q : current.quantities()) {
            if (q.masked()) {
                continue;
            }
            for (Quantity p : last.quantities()) {
                if (!used.contains(p) && same(p, q)) {
                    used.add(p);
                    out.add(new RepeatedFigure(q.concept(), q.value(), q.unit(), p.evidence(), q.evidence()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Same concept, value, range, unit and income level; a number of no concept is the same figure
     * only in the same clause ("完成高标准农田建设10万亩"), else every 3次 of one year would repeat every 3次 of the other.
     */
    private static boolean same(Quantity p, Quantity q) {
        return p.concept().equals(q.concept()) && Objects.equals(p.value(), q.value())
                && Objects.equals(p.upper(), q.upper()) && Objects.equals(p.unit(), q.unit())
                && p.qualifier() == q.qualifier() && Objects.equals(p.thresholdYuan(), q.thresholdYuan())
                && (!"other".equals(q.concept()) || p.evidence().quote().equals(q.evidence().quote()));
    }
}
