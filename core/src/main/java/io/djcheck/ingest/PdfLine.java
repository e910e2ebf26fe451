package io.djcheck.ingest;

/**
 * One line of text on a PDF page, where it sits: {@code left} and {@code right} ends and the
 * {@code y} of its baseline (from the top, growing down), in points; {@code size} its font size.
 */
record PdfLine(String text, float left, float right, float y, float size) {
}
