package io.djcheck.bench.peers;

import io.djcheck.model.Report;
import io.djcheck.pack.LoadedPack;
import io.djcheck.engine.Outcomes;
import io.djcheck.engine.Param;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.engine.Verdict;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Drools integration most tutorials show, running the very DRL djcheck compiles for the pack
 * ({@code LoadedPack.compiled().drl()}, the DRL djcheck actually compiled): the rules are written into a {@code KieFileSystem} and built once with
 * {@code KieBuilder.buildAll()}; then every report gets a new {@code KieContainer} and a new
 * stateful {@code KieSession}, facts inserted one by one, {@code fireAllRules()}, {@code dispose()}.
 * {@link #checkSharedContainer} is the better tutorial variant (one container, a new session per
 * report), measured beside it so the comparison does not rest on the container alone.
 *
 * <p>It is given less work than djcheck, never more: it stops at statuses and evidence per rule
 * (no messages, no scoring) and gets the same extracted facts, every one inserted, plus the
 * per-concept {@code Selection} facts that the generated DRL reads (computed as djcheck computes them).
 *
 * <pre>{@code
 * NaiveDrools drools = new NaiveDrools(pack);
 * PeerResult r = drools.check(report, params);
 * }</pre>
 */
public final class NaiveDrools {

    private final KieServices services = KieServices.Factory.get();
    private final ReleaseId releaseId;
    private final KieContainer shared;
    private final List<RuleDefinition> rules;
    private final LoadedPack pack;

    public NaiveDrools(LoadedPack pack) {
        this.pack = pack;
        this.rules = pack.rules();
        KieFileSystem kfs = services.newKieFileSystem();
        for (Map.Entry<String, String> e : pack.compiled().drl().entrySet()) {
            kfs.write("src/main/resources/" + e.getKey(), e.getValue());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the pack's DRL does not build with KieBuilder: " + builder.getResults());
        }
        this.releaseId = builder.getKieModule().getReleaseId();
        this.shared = services.newKieContainer(releaseId);
    }

    /** The tutorial way: a new container and session for this report. */
    public PeerResult check(Report report, List<Param> params) {
        KieContainer container = services.newKieContainer(releaseId);
        try {
            return run(container.newKieSession(), report, params);
        } finally {
            container.dispose();
        }
    }

    /** One container built once and shared; a new session per report. */
    public PeerResult checkSharedContainer(Report report, List<Param> params) {
        return run(shared.newKieSession(), report, params);
    }

    private PeerResult run(KieSession session, Report report, List<Param> params) {
        Outcomes outcomes = new Outcomes();
        try {
            session.setGlobal("outcomes", outcomes);
            session.insert(report);
            report.sections().forEach(session::insert);
            report.quantities().forEach(session::insert);
            report.mentions().forEach(session::insert);
            report.placeholders().forEach(session::insert);
            report.formatIssues().forEach(session::insert);
            params.forEach(session::insert);
            // the generated DRL reads per-concept selections (computed once per check by djcheck), so they go in too
            pack.compiled().selections(report).forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<PeerVerdict> verdicts = new ArrayList<>();
        for (Verdict v : outcomes.verdicts()) {
            verdicts.add(new PeerVerdict(v.ruleId(), v.leaf(), v.status(), v.facts()));
        }
        return PeerResult.combine(rules, verdicts);
    }
}
