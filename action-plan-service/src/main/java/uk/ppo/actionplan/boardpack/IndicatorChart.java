package uk.ppo.actionplan.boardpack;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's chart as the board reads it: one bar per period (the cumulative figure where the
 * indicator counts, the actual otherwise) coloured by its RAG, the pro-rata target as a dashed line
 * through the periods, the year's target as a dotted line, a value axis and a legend.
 */
final class IndicatorChart {

    private static final float AXIS = 34;
    private static final float LEGEND = 22;

    private IndicatorChart() {
    }

    static void draw(PdfPages pages, BoardPack.Indicator indicator, float left, float top, float width, float height) {
        List<BoardPack.Period> periods = indicator.periods();
        float plotLeft = left + AXIS;
        float plotBottom = top - height;
        float plotTop = top - 6;
        float plotWidth = width - AXIS;
        double max = scaleMax(indicator);

        pages.line(plotLeft, plotBottom, plotLeft + plotWidth, plotBottom, 0.8f, PdfPages.BLACK, null);
        pages.line(plotLeft, plotBottom, plotLeft, plotTop, 0.8f, PdfPages.BLACK, null);
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            float y = y(value, max, plotBottom, plotTop);
            pages.line(plotLeft - 3, y, plotLeft, y, 0.5f, PdfPages.BLACK, null);
            if (tick > 0) {
                pages.line(plotLeft, y, plotLeft + plotWidth, y, 0.2f, PdfPages.GREY, new float[]{1, 2});
            }
            pages.text(left, y - 3, PdfPages.REGULAR, 7, label(value));
        }
        if (periods.isEmpty()) {
            pages.text(plotLeft + 10, plotBottom + height / 2, PdfPages.REGULAR, 9, "No actual reported this year");
            return;
        }
        float slot = plotWidth / periods.size();
        float[] lineX = new float[periods.size()];
        float[] lineY = new float[periods.size()];
        int points = 0;
        for (int i = 0; i < periods.size(); i++) {
            BoardPack.Period period = periods.get(i);
            float centre = plotLeft + slot * i + slot / 2;
            BigDecimal shown = shown(period);
            if (shown != null) {
                float barTop = y(shown.doubleValue(), max, plotBottom, plotTop);
                pages.rect(centre - slot * 0.3f, plotBottom, slot * 0.6f, barTop - plotBottom,
                        BoardPackPdf.colour(period.rag() == null ? BoardPack.Rag.NONE : period.rag()));
            }
            String name = period.period();
            pages.text(centre - PdfPages.textWidth(PdfPages.REGULAR, 7, name) / 2, plotBottom - 9, PdfPages.REGULAR, 7, name);
            if (period.proRataTarget() != null) {
                lineX[points] = centre;
                lineY[points] = y(period.proRataTarget().doubleValue(), max, plotBottom, plotTop);
                points++;
            }
        }
        if (points > 1) {
            pages.polyline(java.util.Arrays.copyOf(lineX, points), java.util.Arrays.copyOf(lineY, points), 1.5f,
                    BoardPackPdf.BLUE, new float[]{4, 2});
        } else if (points == 1) {
            pages.line(lineX[0] - slot * 0.4f, lineY[0], lineX[0] + slot * 0.4f, lineY[0], 1.5f, BoardPackPdf.BLUE, new float[]{4, 2});
        }
        if (indicator.target() != null) {
            float y = y(indicator.target().doubleValue(), max, plotBottom, plotTop);
            pages.line(plotLeft, y, plotLeft + plotWidth, y, 0.8f, PdfPages.BLACK, new float[]{1, 1.5f});
        }
        legend(pages, indicator, plotLeft, plotBottom - LEGEND);
    }

    private static void legend(PdfPages pages, BoardPack.Indicator indicator, float x, float y) {
        boolean counted = indicator.periods().stream().anyMatch(p -> p.cumulative() != null);
        pages.rect(x, y, 8, 6, BoardPackPdf.GREEN);
        pages.text(x + 11, y, PdfPages.REGULAR, 7, (counted ? "cumulative actual" : "actual") + " (colour: RAG)");
        pages.line(x + 120, y + 3, x + 140, y + 3, 1.5f, BoardPackPdf.BLUE, new float[]{4, 2});
        pages.text(x + 143, y, PdfPages.REGULAR, 7, "pro-rata target");
        pages.line(x + 210, y + 3, x + 230, y + 3, 0.8f, PdfPages.BLACK, new float[]{1, 1.5f});
        pages.text(x + 233, y, PdfPages.REGULAR, 7, "year's target");
    }

    private static BigDecimal shown(BoardPack.Period period) {
        return period.cumulative() != null ? period.cumulative() : period.actual();
    }

    private static double scaleMax(BoardPack.Indicator indicator) {
        double max = indicator.target() == null ? 0 : indicator.target().doubleValue();
        for (BoardPack.Period p : indicator.periods()) {
            for (BigDecimal v : new BigDecimal[]{shown(p), p.proRataTarget()}) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static float y(double value, double max, float bottom, float top) {
        return bottom + (float) (Math.max(0, value) / max) * (top - bottom);
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.UK, "%.2f", value);
    }
}
