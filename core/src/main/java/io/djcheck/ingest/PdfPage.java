package io.djcheck.ingest;

import java.util.List;

/** The lines of one PDF page, top to bottom, and the page's size in points. */
record PdfPage(List<PdfLine> lines, float width, float height) {
    PdfPage {
        lines = List.copyOf(lines);
    }
}
