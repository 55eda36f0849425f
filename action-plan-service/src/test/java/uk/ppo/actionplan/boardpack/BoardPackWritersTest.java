package uk.ppo.actionplan.boardpack;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The board pack's CSV and PDF say what the pack holds, with the sources' figures. */
class BoardPackWritersTest {

    /** NI 30, East Sussex (001): baseline 273, target -22 % = 213 offences; quarterly cumulative counts. */
    static BoardPack pack() {
        BoardPack.Indicator ni30 = new BoardPack.Indicator("NI 30", "Re-offending rate of prolific and priority offenders",
                "offences", "LOWER_IS_BETTER", "2010/11", new BigDecimal("213"), new BigDecimal("202"), List.of(
                new BoardPack.Period("2010/11 Q1", new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("53.25"), true, BoardPack.Rag.GREEN),
                new BoardPack.Period("2010/11 Q2", new BigDecimal("62"), new BigDecimal("112"), new BigDecimal("106.5"), false, BoardPack.Rag.AMBER)));
        BoardPack.Indicator ni18 = new BoardPack.Indicator("NI 18", "Adult re-offending rates for those under probation supervision",
                "%", "LOWER_IS_BETTER", "2010/11", new BigDecimal("8.04"), null, List.of(
                new BoardPack.Period("2010/11 Q1", new BigDecimal("6.99"), null, new BigDecimal("8.04"), true, BoardPack.Rag.GREEN)));
        BoardPack.Indicator empty = new BoardPack.Indicator("NI 38", "Drug-related (Class A) offending rate", "ratio",
                "LOWER_IS_BETTER", "2010/11", new BigDecimal("1"), null, List.of());
        List<BoardPack.ActionException> actions = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            actions.add(new BoardPack.ActionException("East Sussex Community Safety Agreement 2010/11", "AR", "AR" + i,
                    "Introduce an Integrated Offender Management model in East Sussex, step " + i + " − with housing → DIP",
                    "Probation Trust, Assistant Chief Officer", i % 3 == 0 ? BoardPack.Rag.RED : BoardPack.Rag.AMBER));
        }
        return new BoardPack(LocalDate.of(2010, 10, 21), "East Sussex", "2010/11 Q3", List.of(ni30, ni18, empty), actions,
                List.of(new BoardPack.OverdueMilestone("East Sussex Community Safety Agreement 2010/11", "AR2",
                        "Accommodation pathway agreed", LocalDate.of(2010, 9, 30), 21)),
                List.of(new BoardPack.Risk("Cohort members move out of the area", "Probation Trust, PPO Manager", 3, 4, 12,
                        "MEDIUM", LocalDate.of(2010, 10, 1), true),
                        new BoardPack.Risk("Full implementation of the IOM service is subject to LAA reward funding", null, null,
                                null, null, null, null, false)),
                List.of(new BoardPack.Ni30Cohort("East Sussex PPO cohort fixed 2010-04-01", 20, 273, 213,
                        new BigDecimal("118.04"), 112, true, null, null)),
                List.of("the NI 30 cohorts of Rother: offender-service did not answer"));
    }

    @Test
    void pdfNamesEveryIndicatorActionRiskAndCohort() throws IOException {
        byte[] pdf = BoardPackPdf.of(pack());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("NI 30", "NI 18", "NI 38", "Re-offending rate of prolific and priority offenders",
                    "AR30", "Accommodation pathway agreed", "Cohort members move out of the area", "2010/11 Q2", "53.25",
                    "No actual reported this year", "East Sussex PPO cohort fixed 2010-04-01", "step 7 - with housing -> DIP",
                    "not assessed", "Not in this pack: the NI 30 cohorts of Rother")) {
                assertTrue(text.contains(expected), () -> "the PDF lacks " + expected);
            }
            assertTrue(document.getNumberOfPages() >= 3, "30 actions and three charts run over pages");
            assertTrue(document.getDocumentInformation().getTitle().contains("East Sussex"));
        }
    }

    @Test
    void csvHasARowPerIndicatorPeriodActionMilestoneRiskAndCohort() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(BoardPackCsv.of(pack()))).getRecords();
        assertEquals(2 + 1 + 1 + 30 + 1 + 2 + 1 + 1, rows.size());
        CSVRecord q2 = rows.get(1);
        assertEquals(List.of("indicator", "NI 30", "2010/11 Q2", "62", "112", "213", "106.5", "no", "AMBER"),
                List.of(q2.get("section"), q2.get("reference"), q2.get("periodOrDate"), q2.get("actual"), q2.get("cumulative"), q2.get("target"),
                        q2.get("proRataTarget"), q2.get("onTrack"), q2.get("rag")));
        assertEquals("no actual reported", rows.get(3).get("note"));
        assertEquals("RED", rows.get(4).get("rag"), "red actions first");
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("risk") && r.get("note").endsWith("review overdue")));
        assertEquals("risk", rows.get(36).get("section"));
        assertEquals("not assessed", rows.get(36).get("note"), "an unscored risk comes after the scored ones");
        assertEquals("not included", rows.get(rows.size() - 1).get("section"));
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("NI 30") && r.get("note").contains("follow-up year running")));
    }
}
