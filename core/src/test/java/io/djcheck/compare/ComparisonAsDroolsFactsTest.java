package io.djcheck.compare;

import io.djcheck.Checker;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DRL example of docs/examples/compare compiles against the comparison records and, over the
 * worked example, fails exactly the two problems named two years running: the records are usable
 * as Drools facts as they are.
 */
class ComparisonAsDroolsFactsTest {

    @Test
    void theDocumentedRuleFlagsTheProblemsNamedTwoYearsRunning() throws Exception {
        Path drl = Corpus.root().resolve("docs/examples/compare/two-years-running.drl");
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(drl)), ResourceType.DRL);
        assertThat(kb.hasErrors()).as(kb.getErrors().toString()).isFalse();
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(kb.getKnowledgePackages());

        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        Path dir = Corpus.root().resolve("examples/compare");
        Comparison c = YearOverYear.compare(checker.extract(dir.resolve("2023/gebi-zhen.txt")),
                checker.extract(dir.resolve("2024/gebi-zhen.txt")));

        List<String> failures = new ArrayList<>();
        KieSession session = ((KieBase) base).newKieSession();
        try {
            session.setGlobal("failures", failures);
            session.insert(c);
            c.problems().forEach(session::insert);
            c.promises().forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(failures).containsExactlyInAnyOrder(
                "YY-01 FAIL 问题连续两年存在：集体经济发展的可持续性不强「一是集体经济发展的可持续性仍然不强。」",
                "YY-01 FAIL 问题连续两年存在：压力责任传导不到位「存在问题的主要原因:一是压力责任传导仍不到位。」");
    }
}
