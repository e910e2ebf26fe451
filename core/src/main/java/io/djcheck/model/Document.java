package io.djcheck.model;

import java.util.Objects;

/**
 * A report read from its file: the plain text, before extraction.
 *
 * @param source name shown to people (the file name, or what the caller passed)
 * @param sha256 hex digest of the input bytes, so a result can be traced to the exact file
 * @param text   the text as read (paragraphs separated by line breaks)
 * @param format the form the report arrived in
 */
public record Document(String source, String sha256, String text, InputFormat format) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
