package io.djcheck.render;

import io.djcheck.Checker;
import io.djcheck.result.CheckResult;
import io.djcheck.testing.Corpus;

import java.nio.file.Path;
import java.util.List;

/** The five seed reports checked once with the default pack, shared by the renderer tests. */
final class Seeds {

    private static List<CheckResult> results;

    private Seeds() {
    }

    static synchronized List<CheckResult> results() {
        if (results == null) {
            Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
            results = Corpus.seedFiles().stream().map(checker::check).toList();
        }
        return results;
    }

    static CheckResult result(String prefix) {
        return results().stream().filter(r -> Path.of(r.source()).getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    /** A report that tries to inject markup and formulas through its text and name. */
    static CheckResult hostile() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        return checker.check("""
                现将本人履行抓基层党建工作第一责任人职责情况报告如下。<script>alert('x')</script>
                一、履职情况
                =HYPERLINK("http://evil","点我")全年发展党员5名，党委会专题研究党建工作6次，认真落实“三会一课”制度。
                二、存在问题
                一是“四议两公开”落实不到位<img src=x onerror=alert(1)>。
                三、下一步打算
                下一步，我将继续抓好党建工作。
                """, "<b>evil</b>&name.txt");
    }

    /** Writes results and a failure through {@code w} and closes it. */
    static void feed(ResultWriter w, List<CheckResult> results, String failedSource, String error) throws java.io.IOException {
        try (w) {
            for (CheckResult r : results) {
                w.accept(r);
            }
            if (failedSource != null) {
                w.acceptFailure(failedSource, error);
            }
        }
    }
}
