package io.djcheck.ingest;

import java.util.Locale;

/** Turns what a document library throws into djcheck's typed errors, with a message a reviewer can act on. */
final class Failures {

    private Failures() {
    }

    /**
     * The typed error for {@code e}, thrown while reading {@code source} as a {@code kind}
     * ("Word (.docx) document"). Our own errors pass through unchanged.
     */
    static DocumentException of(String source, String kind, Throwable e) {
        if (e instanceof DocumentException) {
            return (DocumentException) e;
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = detail.toLowerCase(Locale.ROOT);
        if (e instanceof org.apache.poi.EncryptedDocumentException
                || e instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
            return new EncryptedDocumentException(source, "the " + kind + " is protected by a password; "
                    + "remove the password (save an unprotected copy) and resubmit", e);
        }
        if (lower.contains("zip bomb") || lower.contains("maximum allowed scratch file memory")
                || lower.contains("exceeds the maximum") || lower.contains("max entry size")) {
            return new LimitExceededException(source, Limit.EXPANSION, "the " + kind + " expands beyond the reading limits ("
                    + oneClause(detail) + "); if it is a real report, raise the limits");
        }
        return new CorruptDocumentException(source, "cannot be read as a " + kind + " (" + oneClause(detail)
                + "); the file may be damaged or cut off — open it, save it again and resubmit", e);
    }

    /**
     * The error for a document whose structure a library followed until the stack ran out: nesting
     * no real document has. The stack is unwound by then, and nothing of the half-read file is kept.
     */
    static DocumentException tooDeep(String source, String kind, StackOverflowError e) {
        return new CorruptDocumentException(source, "the " + kind + " nests its structure too deeply to be read "
                + "(a damaged or crafted file); open it, save it again and resubmit", e);
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
