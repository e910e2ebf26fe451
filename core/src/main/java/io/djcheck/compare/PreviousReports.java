package io.djcheck.compare;

import io.djcheck.model.OrgLevel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Last year's reports of a batch, found again for this year's: by the organisation's name and level
 * (as each report names itself), else by file name without its suffix (2023/东湾村.pdf for 2024/东湾村.docx). A name or
 * file name that two of last year's reports share links neither: a guess could pair the wrong two.
 *
 * <pre>{@code
 * PreviousReports previous = new PreviousReports();
 * previous.add("2023/a.docx", "某某镇党委", OrgLevel.TOWNSHIP);
 * previous.find("2024/b.docx", "某某镇党委", OrgLevel.TOWNSHIP);   // Optional[2023/a.docx]
 * }</pre>
 */
public final class PreviousReports {

    private final Map<String, String> byOrganisation = new HashMap<>();
    private final Map<String, String> byFileName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private int size;

    /** Adds one of last year's reports: its source path or label, and the organisation it names (null when none). */
    public void add(String source, String organisation, OrgLevel level) {
        size++;
        if (organisation != null) {
            put(byOrganisation, organisationKey(organisation, level), source);
        }
        put(byFileName, "file:" + fileName(source), source);
    }

    /** Last year's report of the same organisation and level, else of the same file name. */
    public Optional<String> find(String source, String organisation, OrgLevel level) {
        if (organisation != null) {
            String byName = byOrganisation.get(organisationKey(organisation, level));
            if (byName != null) {
                return Optional.of(byName);
            }
        }
        return Optional.ofNullable(byFileName.get("file:" + fileName(source)));
    }

    public int size() {
        return size;
    }

    private void put(Map<String, String> map, String key, String source) {
        if (ambiguous.contains(key)) {
            return;
        }
        if (map.putIfAbsent(key, source) != null) {
            map.remove(key);
            ambiguous.add(key);
        }
    }

    private static String organisationKey(String organisation, OrgLevel level) {
        return "org:" + level + ":" + organisation.strip();
    }

    private static String fileName(String source) {
        return source.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");   // 东湾村.docx links 东湾村.pdf
    }
}
