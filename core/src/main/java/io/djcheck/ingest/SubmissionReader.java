package io.djcheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.djcheck.model.Document;
import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.Genre;
import io.djcheck.model.InputFormat;
import io.djcheck.model.Mention;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;
import io.djcheck.model.Submission;
import org.yaml.snakeyaml.LoaderOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a structured submission (its syntax told by {@link SubmissionSyntax}): parses it (YAML into a
 * plain tree: no tags, no object construction), validates it against
 * {@code docs/schema/submission.schema.json} and maps it onto a {@link Submission}. Every problem is
 * reported with its JSON path in one {@link InvalidSubmissionException}.
 */
final class SubmissionReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(yamlLimits())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SubmissionReader() {
    }

    private static LoaderOptions yamlLimits() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(20);
        o.setNestingDepthLimit(40);
        o.setCodePointLimit(Integer.MAX_VALUE);       // the input size limit already applies
        return o;
    }

    static Submission read(String source, String sha256, String text, SubmissionSyntax syntax) {
        JsonNode root = parse(source, text, syntax);
        List<SubmissionProblem> problems = SubmissionSchema.validate(root);
        if (problems.isEmpty()) {
            problems = checkRanges(root);
            checkFinite(root, "", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(source, problems);
        }
        return map(source, sha256, root);
    }

    private static JsonNode parse(String source, String text, SubmissionSyntax syntax) {
        try {
            JsonNode root = (syntax == SubmissionSyntax.JSON ? JSON : YAML).readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InvalidSubmissionException(source, List.of(new SubmissionProblem("/",
                        "the " + syntax + " submission is empty")));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidSubmissionException(source, List.of(new SubmissionProblem("/",
                    "not valid " + syntax + where + ": " + e.getOriginalMessage())));
        }
    }

    /**
     * What JSON Schema cannot say either: a number too large for a double (1e400, .inf in YAML) would
     * become infinity and break every comparison and the JSON written back.
     */
    private static void checkFinite(JsonNode node, String path, List<SubmissionProblem> problems) {
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            problems.add(new SubmissionProblem(path.isEmpty() ? "/" : path, "the number " + node.asText()
                    + " is too large; give the figure as it is counted"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> checkFinite(e.getValue(), path + "/" + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkFinite(node.get(i), path + "/" + i, problems);
            }
        }
    }

    /** What the schema cannot say: a range's upper bound is not below its value. */
    private static List<SubmissionProblem> checkRanges(JsonNode root) {
        List<SubmissionProblem> problems = new ArrayList<>();
        JsonNode qs = root.path("facts").path("quantities");
        for (int i = 0; i < qs.size(); i++) {
            JsonNode q = qs.get(i);
            if (q.hasNonNull("upper") && q.hasNonNull("value") && q.get("upper").asDouble() < q.get("value").asDouble()) {
                problems.add(new SubmissionProblem("/facts/quantities/" + i + "/upper", "the upper bound "
                        + q.get("upper").asText() + " is below the value " + q.get("value").asText()));
            }
        }
        return problems;
    }

    private static Submission map(String source, String sha256, JsonNode root) {
        JsonNode report = root.get("report");
        String text = root.path("text").asText("");
        Document document = new Document(source, sha256, text, InputFormat.SUBMISSION);
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            sections.add(new Section(SectionKind.valueOf(s.get("kind").asText()), s.path("heading").asText(null), 0, 0));
        }
        JsonNode facts = root.path("facts");
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : facts.path("quantities")) {
            quantities.add(quantity(q));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : facts.path("mentions")) {
            mentions.add(new Mention(m.get("concept").asText(), context(m), evidence(m)));
        }
        List<Submission.VillageIncome> incomes = new ArrayList<>();
        for (JsonNode v : facts.path("villageIncomes")) {
            incomes.add(new Submission.VillageIncome(v.get("village").asText(), v.get("incomeYuan").asDouble(),
                    v.path("quote").asText("")));
        }
        return new Submission(document, report.get("organisation").asText(),
                OrgLevel.valueOf(report.get("level").asText()), report.get("year").asInt(),
                report.path("authorRole").asText(null),
                report.hasNonNull("genre") ? Genre.valueOf(report.get("genre").asText()) : null,
                sections, quantities, mentions, incomes);
    }

    private static Quantity quantity(JsonNode q) {
        Qualifier qualifier = q.hasNonNull("qualifier") ? Qualifier.valueOf(q.get("qualifier").asText()) : Qualifier.EXACT;
        Map<String, Object> attributes = q.hasNonNull("thresholdYuan")
                ? Map.of(Quantity.THRESHOLD_YUAN, q.get("thresholdYuan").asDouble()) : Map.of();
        return new Quantity(q.get("concept").asText(), number(q, "value"), number(q, "upper"), qualifier,
                q.path("unit").asText(null), number(q, "perYear"), context(q), attributes, evidence(q));
    }

    private static Double number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }

    private static FactContext context(JsonNode fact) {
        return fact.hasNonNull("context") ? FactContext.valueOf(fact.get("context").asText()) : FactContext.AFFIRMED;
    }

    /** No position yet: the checker places the fact in the text when it can. */
    private static Evidence evidence(JsonNode fact) {
        return new Evidence(0, 0, fact.path("quote").asText(""), SectionKind.OTHER);
    }
}
