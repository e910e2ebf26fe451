package io.djcheck.ingest;

/**
 * What the first bytes of a file say it is. Only a first sort: a zip may be a .docx or a
 * spreadsheet, an OLE2 compound file a .doc or an encrypted .docx; their readers look inside.
 */
enum Container {
    PDF,
    ZIP,
    OLE2,
    /** Not a container: text (a report, or a JSON/YAML submission), or data no reader takes. */
    PLAIN,
    RTF("an RTF document", "open it in Word and save it as .docx"),
    IMAGE("an image, not a document", "djcheck reads no scans; give the report as .docx, .doc, text PDF or text"),
    WEB_PAGE("a web page (HTML/MHT, as Word's \"save as web page\" writes it)", "open it in Word and save it as .docx"),
    WORD_XML("a Word 2003 XML document", "open it in Word and save it as .docx");

    private final String description;
    private final String remedy;

    Container() {
        this(null, null);
    }

    Container(String description, String remedy) {
        this.description = description;
        this.remedy = remedy;
    }

    /** For the formats djcheck refuses: what the file is and what to do, else {@code null}. */
    String refusal() {
        return description == null ? null : description + "; " + remedy;
    }

    private static final int PDF_HEADER_WINDOW = 1024;

    static Container of(byte[] b) {
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (indexOf(b, "%PDF-", PDF_HEADER_WINDOW) >= 0) {     // readers accept junk before the header
            return PDF;
        }
        if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G') || startsWith(b, 0, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 0, 'G', 'I', 'F', '8') || startsWith(b, 0, 'I', 'I', '*', 0)
                || startsWith(b, 0, 'M', 'M', 0, '*')) {
            return IMAGE;
        }
        String head = asciiHead(b);
        if (head.startsWith("<html") || head.startsWith("<!doctype html") || head.startsWith("mime-version:")) {
            return WEB_PAGE;
        }
        if (head.startsWith("<?xml") && (head.contains("w:worddocument") || head.contains("progid=\"word.document\""))) {
            return WORD_XML;
        }
        if (head.startsWith("<?xml") && head.contains("<html")) {
            return WEB_PAGE;
        }
        return PLAIN;
    }

    /** The first 512 bytes as lower-case ASCII, after a UTF-8 byte-order mark and white space. */
    private static String asciiHead(byte[] b) {
        int i = startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        int n = Math.min(b.length - i, 512);
        StringBuilder s = new StringBuilder(n);
        for (int k = i; k < i + n; k++) {
            int c = b[k] & 0xFF;
            s.append(c < 0x80 ? Character.toLowerCase((char) c) : '?');
        }
        return s.toString();
    }

    private static boolean startsWith(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, String magic, int window) {
        int last = Math.min(b.length, window) - magic.length();
        outer:
        for (int i = 0; i <= last; i++) {
            for (int k = 0; k < magic.length(); k++) {
                if (b[i + k] != magic.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
