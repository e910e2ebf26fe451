package io.djcheck.compare;

import io.djcheck.model.OrgLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How this year's report finds last year's: organisation and level first, file name second, never a guess. */
class PreviousReportsTest {

    @Test
    void theSameOrganisationAndLevelLinkWhateverTheFileNames() {
        PreviousReports p = new PreviousReports();
        p.add("2023/a.docx", "东湾村党支部", OrgLevel.VILLAGE);
        p.add("2023/b.docx", "城关镇党委", OrgLevel.TOWNSHIP);
        assertThat(p.find("2024/x.pdf", "城关镇党委", OrgLevel.TOWNSHIP)).contains("2023/b.docx");
        assertThat(p.find("2024/y.pdf", "东湾村党支部", OrgLevel.VILLAGE)).contains("2023/a.docx");
    }

    @Test
    void withoutAnOrganisationTheFileNameLinksAcrossSuffixes() {
        PreviousReports p = new PreviousReports();
        p.add("/data/2023/东湾村.pdf", null, OrgLevel.UNKNOWN);
        assertThat(p.find("/data/2024/东湾村.docx", null, OrgLevel.VILLAGE)).contains("/data/2023/东湾村.pdf");
        assertThat(p.find("/data/2024/西湾村.docx", null, OrgLevel.VILLAGE)).isEmpty();
    }

    @Test
    void aNameOnAnotherLevelFallsBackToTheFileName() {
        PreviousReports p = new PreviousReports();
        p.add("2023/城关.txt", "城关党委", OrgLevel.TOWNSHIP);
        assertThat(p.find("2024/城关.txt", "城关党委", OrgLevel.COMMUNITY)).contains("2023/城关.txt");
        assertThat(p.find("2024/other.txt", "城关党委", OrgLevel.COMMUNITY)).isEmpty();
    }

    @Test
    void aNameOrFileNameTwoReportsShareLinksNeither() {
        PreviousReports p = new PreviousReports();
        p.add("2023/一组/report.txt", "某某镇党委", OrgLevel.TOWNSHIP);
        p.add("2023/二组/report.txt", "某某镇党委", OrgLevel.TOWNSHIP);
        p.add("2023/三组/report.txt", "某某镇党委", OrgLevel.TOWNSHIP);
        assertThat(p.find("2024/report.txt", "某某镇党委", OrgLevel.TOWNSHIP)).isEmpty();
        assertThat(p.size()).isEqualTo(3);
    }
}
