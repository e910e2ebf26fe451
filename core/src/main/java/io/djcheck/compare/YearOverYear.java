package io.djcheck.compare;

import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets last year's report of an organisation beside this year's: what became of each problem
 * (存在问题, 原因) and each promise (下一步) named last year, which figures are repeated identically
 * and which sentences reused word for word. Works on extracted reports, so any format the checker
 * reads can be compared:
 *
 * <pre>{@code
 * Comparison c = YearOverYear.compare(checker.extract(Path.of("2023.docx")), checker.extract(Path.of("2024.docx")));
 * c.problems().forEach(p -> System.out.println(p.headline() + " " + p.status().label()));
 * System.out.println(ComparisonJson.toJson(c));
 * }</pre>
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    public static Comparison compare(Report last, Report current) {
        List<TextSpan> lastSentences = Sentences.of(last.text(), 0, last.text().length());
        List<TextSpan> currentSentences = Sentences.of(current.text(), 0, current.text().length());
        List<TextSpan> all = new ArrayList<>(lastSentences);
        all.addAll(currentSentences);
        CarriedItems items = new CarriedItems(last, current, currentSentences, new TopicMatcher(all));
        ReuseFinder reuse = new ReuseFinder(lastSentences, currentSentences, new SectionIndex(last),
                new SectionIndex(current), current.text());
        List<CarriedItem> problems = items.problems();
        List<CarriedItem> promises = items.promises();
        List<RepeatedFigure> figures = RepeatedFigures.of(last, current);
        return new Comparison(side(last), side(current), problems, promises, figures, reuse.passages(), reuse.share(),
                Verdicts.of(problems, promises, figures, reuse.share()));
    }

    private static Comparison.Side side(Report r) {
        return new Comparison.Side(r.source(), r.sha256(), r.organisation() == null ? null : r.organisation().name(),
                r.orgLevel().name(), r.year(), r.text());
    }
}
