package uk.ppo.actionplan.boardpack;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The board pack as a PDF a board reads: a summary, then each indicator with a chart of its actual
 * against the pro-rata target per period and the same figures as a table beside it (the chart's text
 * alternative), then the red and amber actions, overdue milestones, open risks and NI 30 cohorts.
 * Written with Apache PDFBox; charts are vector drawings. Pure: a {@link BoardPack} in, bytes out.
 */
public final class BoardPackPdf {

    static final float[] RED = {0.83f, 0.25f, 0.22f};
    static final float[] AMBER = {1f, 0.75f, 0.2f};
    static final float[] GREEN = {0.33f, 0.67f, 0.33f};
    static final float[] NONE = {0.85f, 0.85f, 0.85f};
    static final float[] BLUE = {0.11f, 0.44f, 0.72f};

    private static final float CHART_WIDTH = 380;
    private static final float CHART_HEIGHT = 150;

    private BoardPackPdf() {
    }

    public static byte[] of(BoardPack pack) {
        String scope = pack.partnership() == null ? "All partnerships" : pack.partnership();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Partnership board pack, " + scope + ", as of " + pack.asOf());
            info.setSubject("Indicators, action plan exceptions, risks and NI 30");
            info.setCreator("PPO suite action-plan-service");
            try (PdfPages pages = new PdfPages(document, "Partnership board pack · " + scope + " · as of " + pack.asOf())) {
                summary(pages, pack, scope);
                indicators(pages, pack);
                actions(pages, pack);
                risks(pages, pack);
                ni30(pages, pack);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(PdfPages pages, BoardPack pack, String scope) {
        pages.newPage();
        pages.heading("Partnership board pack: " + scope, 18);
        pages.paragraph("As of " + pack.asOf() + " (" + pack.quarter() + ").", 10);
        long red = pack.indicators().stream().filter(i -> i.rag() == BoardPack.Rag.RED).count();
        long offTrack = pack.indicators().stream()
                .filter(i -> i.latest() != null && Boolean.FALSE.equals(i.latest().onTrack())).count();
        pages.paragraph(pack.indicators().size() + " indicators: " + red + " red, " + offTrack + " off track. "
                + pack.actions().size() + " actions red or amber; " + pack.overdueMilestones().size() + " milestones overdue; "
                + pack.risks().size() + " open risks (" + pack.risks().stream().filter(BoardPack.Risk::reviewOverdue).count()
                + " past their review date); " + pack.ni30().size() + " NI 30 cohorts.", 10);
        for (String gap : pack.gaps()) {
            pages.paragraph("Not in this pack: " + gap, 10);
        }
        List<List<String>> rows = new ArrayList<>();
        List<float[]> fills = new ArrayList<>();
        for (BoardPack.Indicator indicator : pack.indicators()) {
            BoardPack.Period latest = indicator.latest();
            rows.add(Arrays.asList(indicator.rag().name(), indicator.code(), indicator.title(),
                    latest == null ? "none yet" : latest.period(), latest == null ? "" : number(latest.actual()),
                    number(indicator.target()), latest == null ? "" : number(latest.proRataTarget()),
                    latest == null || latest.onTrack() == null ? "" : latest.onTrack() ? "yes" : "no"));
            fills.add(colour(indicator.rag()));
        }
        pages.heading("Indicators", 13);
        pages.table(new float[]{50, 60, 330, 80, 70, 60, 70, 60},
                List.of("RAG", "Code", "Indicator", "Latest period", "Actual", "Target", "Pro-rata", "On track"), rows, fills);
    }

    private static void indicators(PdfPages pages, BoardPack pack) {
        for (BoardPack.Indicator indicator : pack.indicators()) {
            pages.need(CHART_HEIGHT + 60);
            pages.heading(indicator.code() + ": " + indicator.title() + " (" + indicator.financialYear() + ", "
                    + BoardPackCsv.polarity(indicator) + ")", 11);
            String target = indicator.target() == null ? "No target set for " + indicator.financialYear() + "."
                    : "Target " + number(indicator.target())
                    + (indicator.stretchTarget() == null ? "" : ", stretch " + number(indicator.stretchTarget()))
                    + " " + indicator.unit() + ".";
            pages.paragraph(target, 9);
            float top = pages.reserve(CHART_HEIGHT + 24);
            IndicatorChart.draw(pages, indicator, PdfPages.MARGIN, top, CHART_WIDTH, CHART_HEIGHT);
            periodTable(pages, indicator, top);
        }
    }

    /** The chart's figures as text, to its right. */
    private static void periodTable(PdfPages pages, BoardPack.Indicator indicator, float top) {
        float x = PdfPages.MARGIN + CHART_WIDTH + 30;
        float size = 8.5f;
        float[] columns = {x, x + 110, x + 165, x + 225, x + 280};
        String[] header = {"Period", "Actual", "Cumulative", "Pro-rata", "On track / RAG"};
        float lineY = top - 12;
        for (int c = 0; c < header.length; c++) {
            pages.text(columns[c], lineY, PdfPages.BOLD, size, header[c]);
        }
        for (BoardPack.Period period : indicator.periods()) {
            lineY -= size + 3;
            String[] cells = {period.period(), number(period.actual()), number(period.cumulative()),
                    number(period.proRataTarget()),
                    (period.onTrack() == null ? "" : (period.onTrack() ? "yes" : "no") + " / ")
                            + (period.rag() == null ? BoardPack.Rag.NONE : period.rag())};
            for (int c = 0; c < cells.length; c++) {
                pages.text(columns[c], lineY, PdfPages.REGULAR, size, cells[c]);
            }
        }
        if (indicator.periods().isEmpty()) {
            pages.text(x, lineY - size - 3, PdfPages.REGULAR, size, "No actual reported this year.");
        }
    }

    private static void actions(PdfPages pages, BoardPack pack) {
        pages.heading("Action plans: red and amber actions", 13);
        if (pack.actions().isEmpty()) {
            pages.paragraph("No action is red or amber.", 9);
        } else {
            List<List<String>> rows = new ArrayList<>();
            List<float[]> fills = new ArrayList<>();
            for (BoardPack.ActionException action : pack.actions()) {
                rows.add(Arrays.asList(action.rag().name(), action.actionCode(), action.action(), action.lead(), action.plan()));
                fills.add(colour(action.rag()));
            }
            pages.table(new float[]{50, 50, 380, 140, 140}, List.of("RAG", "Action", "What", "Lead", "Plan"), rows, fills);
        }
        pages.heading("Overdue milestones", 13);
        if (pack.overdueMilestones().isEmpty()) {
            pages.paragraph("No milestone is overdue.", 9);
        } else {
            List<List<String>> rows = pack.overdueMilestones().stream().map(o -> Arrays.<String>asList(o.actionCode(), o.milestone(),
                    o.due().toString(), o.daysLate() + " days", o.plan())).toList();
            pages.table(new float[]{50, 400, 70, 60, 180}, List.of("Action", "Milestone", "Due", "Late", "Plan"), rows, null);
        }
    }

    private static void risks(PdfPages pages, BoardPack pack) {
        pages.heading("Open risks", 13);
        if (pack.risks().isEmpty()) {
            pages.paragraph("No open risk.", 9);
            return;
        }
        List<List<String>> rows = pack.risks().stream().map(r -> Arrays.<String>asList(r.rating() == null ? "not assessed" : r.rating(),
                r.risk(), r.owner(), r.score() == null ? "" : r.likelihood() + " x " + r.impact() + " = " + r.score(),
                r.reviewOn() == null ? "" : r.reviewOn() + (r.reviewOverdue() ? " (overdue)" : ""))).toList();
        pages.table(new float[]{60, 400, 140, 70, 90}, List.of("Rating", "Risk", "Owner", "L x I", "Review"), rows, null);
    }

    private static void ni30(PdfPages pages, BoardPack pack) {
        pages.heading("NI 30: re-offending of the PPO cohorts", 13);
        if (pack.ni30().isEmpty()) {
            pages.paragraph("No NI 30 cohort has been fixed.", 9);
            return;
        }
        List<List<String>> rows = pack.ni30().stream().map(c -> Arrays.<String>asList(c.name(), String.valueOf(c.people()),
                String.valueOf(c.baselineOffences()), String.valueOf(c.targetOffences()), number(c.proRataTarget()),
                String.valueOf(c.offencesSoFar()), c.reductionPercent() == null ? "" : number(c.reductionPercent()) + " %",
                c.targetMet() != null ? (c.targetMet() ? "met" : "missed") : c.onTrack() == null ? "" : c.onTrack() ? "on track" : "off track"))
                .toList();
        pages.table(new float[]{220, 50, 70, 70, 70, 70, 70, 140},
                List.of("Cohort", "People", "Baseline", "Target", "Pro-rata", "So far", "Change", "Progress"), rows, null);
    }

    static float[] colour(BoardPack.Rag rag) {
        return switch (rag) {
            case RED -> RED;
            case AMBER -> AMBER;
            case GREEN -> GREEN;
            case NONE -> NONE;
        };
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
