package io.djcheck.ingest;

import java.util.Locale;

/** Turns what a document library throws into djcheck's typed errors, with a message a reviewer can act on. */
final class Failures {

    private Failures() {
    }

    /**
     * The typed error for {@code e}, thrown while reading {@code source} as a {@code format}
     * ("docx", "doc", "pdf": a param of the error). Our own errors pass through unchanged.
     */
    static DocumentException of(String source, String format, Throwable e) {
        String kind = kind(format);
        if (e instanceof DocumentException) {
            return (DocumentException) e;
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = detail.toLowerCase(Locale.ROOT);
        if (e instanceof org.apache.poi.EncryptedDocumentException
                || e instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
            return new EncryptedDocumentException(source, DocumentProblem.of("encrypted", "the " + kind + " is protected by "
                    + "a password; remove the password (save an unprotected copy) and resubmit", "format", format), e);
        }
        if (lower.contains("zip bomb") || lower.contains("maximum allowed scratch file memory")
                || lower.contains("exceeds the maximum") || lower.contains("max entry size")) {
            return new LimitExceededException(source, Limit.EXPANSION, DocumentProblem.of("limit-expansion", "the " + kind
                    + " expands beyond the reading limits (" + oneClause(detail) + "); if it is a real report, raise the limits",
                    "format", format, "detail", oneClause(detail)));
        }
        return new CorruptDocumentException(source, DocumentProblem.of("corrupt", "cannot be read as a " + kind + " ("
                + oneClause(detail) + "); the file may be damaged or cut off — open it, save it again and resubmit",
                "format", format, "detail", oneClause(detail)), e);
    }

    /**
     * The error for a document whose structure a library followed until the stack ran out: nesting
     * no real document has. The stack is unwound by then, and nothing of the half-read file is kept.
     */
    static DocumentException tooDeep(String source, String format, StackOverflowError e) {
        return new CorruptDocumentException(source, DocumentProblem.of("too-deep", "the " + kind(format) + " nests its "
                + "structure too deeply to be read (a damaged or crafted file); open it, save it again and resubmit",
                "format", format), e);
    }

    /** How the default messages name a format. */
    private static String kind(String format) {
        return switch (format) {
            case "docx" -> "Word (.docx) document";
            case "doc" -> "Word 97-2003 (.doc) document";
            default -> format.toUpperCase(Locale.ROOT);
        };
    }

    /** Library messages can be long; the first sentence says enough. */
    private static String oneClause(String detail) {
        String d = detail.strip();
        int cut = d.indexOf(". ");
        if (cut > 0 && cut < 200) {
            d = d.substring(0, cut);
        }
        return d.length() > 200 ? d.substring(0, 200) + "…" : d;
    }
}
