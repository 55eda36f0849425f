package uk.ppo.actionplan.boardpack;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A flowing layout over PDFBox: headings, wrapped paragraphs and tables on landscape A4 pages, a new
 * page when the next block does not fit, and drawing primitives for charts. Uses the standard PDF
 * fonts, so nothing depends on fonts installed on the host; text they cannot encode is replaced.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 40;
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfPages(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
    }

    float width() {
        return PDRectangle.A4.getHeight() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    /** Starts a new page when fewer than {@code height} points are left. */
    void need(float height) {
        if (content == null || y - height < MARGIN + 14) {
            newPage();
        }
    }

    void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = page.getMediaBox().getHeight() - MARGIN;
            text(MARGIN, MARGIN - 16, REGULAR, 8, footer + "  ·  page " + pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(String text, float size) {
        need(size + 24);
        y -= size + 6;
        text(MARGIN, y, BOLD, size, text);
        y -= 8;
    }

    void paragraph(String text, float size) {
        List<String> lines = wrap(text, REGULAR, size, width());
        for (String line : lines) {
            need(size + 4);
            y -= size + 3;
            text(MARGIN, y, REGULAR, size, line);
        }
        y -= 4;
    }

    void gap(float points) {
        y -= points;
    }

    /**
     * A table: a bold header row, then rows whose cells wrap within their column; a row that does not
     * fit starts a new page, which repeats the header. {@code fills} colours a row's first cell (RAG), or null.
     */
    void table(float[] widths, List<String> header, List<List<String>> rows, List<float[]> fills) {
        float size = 8.5f;
        float lineHeight = size + 2.5f;
        need(lineHeight * 3);
        headerRow(widths, header, size, lineHeight);
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r).get(c);
                List<String> wrapped = wrap(cell == null ? "" : cell, REGULAR, size, widths[c] - 6);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * lineHeight + 3;
            if (y - rowHeight < MARGIN + 14) {
                newPage();
                headerRow(widths, header, size, lineHeight);
            }
            float[] fill = fills == null ? null : fills.get(r);
            if (fill != null) {
                rect(MARGIN, y - rowHeight, widths[0], rowHeight, fill);
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float lineY = y;
                for (String line : cells.get(c)) {
                    lineY -= lineHeight;
                    text(x + 3, lineY + 2, REGULAR, size, line);
                }
                x += widths[c];
            }
            y -= rowHeight;
            line(MARGIN, y, MARGIN + sum(widths), y, 0.3f, GREY, null);
        }
        y -= 6;
    }

    private void headerRow(float[] widths, List<String> header, float size, float lineHeight) {
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            text(x + 3, y - lineHeight + 2, BOLD, size, header.get(c));
            x += widths[c];
        }
        y -= lineHeight + 3;
        line(MARGIN, y, MARGIN + sum(widths), y, 0.8f, BLACK, null);
    }

    static final float[] BLACK = {0, 0, 0};
    static final float[] GREY = {0.6f, 0.6f, 0.6f};

    void text(float x, float baseline, PDFont font, float size, String text) {
        try {
            content.beginText();
            content.setNonStrokingColor(0f, 0f, 0f);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(encodable(font, text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rect(float x, float bottom, float w, float h, float[] rgb) {
        try {
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A straight line; {@code dash} null for a solid one. */
    void line(float x1, float y1, float x2, float y2, float width, float[] rgb, float[] dash) {
        polyline(new float[]{x1, x2}, new float[]{y1, y2}, width, rgb, dash);
    }

    void polyline(float[] xs, float[] ys, float width, float[] rgb, float[] dash) {
        try {
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth(width);
            content.setLineDashPattern(dash == null ? new float[0] : dash, 0);
            content.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                content.lineTo(xs[i], ys[i]);
            }
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reserves {@code height} points below the cursor (on a new page if needed) and returns their top. */
    float reserve(float height) {
        need(height);
        float top = y;
        y -= height;
        return top;
    }

    static float textWidth(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(encodable(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words to lines no wider than {@code width}; a word longer than a line is cut. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(word);
                while (textWidth(font, size, line.toString()) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && textWidth(font, size, line.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with characters the standard fonts' encoding lacks replaced by near equivalents or '?'. */
    static String encodable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = switch (cp) {
                case 0x2212 -> "-";
                case 0x2192 -> "->";
                case 0x2265 -> ">=";
                case 0x2264 -> "<=";
                case 0x00A0, 0x2009, 0x202F -> " ";
                default -> new String(Character.toChars(cp));
            };
            out.append(canEncode(font, c) ? c : "?");
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String c) {
        if (c.length() == 1 && c.charAt(0) < 0x20) {
            return false;
        }
        try {
            font.encode(c);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closePage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
