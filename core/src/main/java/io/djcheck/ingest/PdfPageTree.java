package io.djcheck.ingest;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Counts a PDF's pages by walking its page tree before PDFBox does, because the tree's own /Count
 * can understate it (a crafted file says 1 and holds 10,000 pages, all of which text extraction
 * would read) and PDFBox walks the tree by recursion (a tree nested 10,000 levels deep overflows
 * the stack). The walk keeps its own stack, stops once past the limit, and refuses a tree nested
 * deeper than any PDF writer makes one.
 */
final class PdfPageTree {

    /** Real page trees are a few levels deep; Word and PDFBox write one or two. */
    static final int MAX_DEPTH = 64;

    private record Node(COSDictionary dict, int depth) {
    }

    private PdfPageTree() {
    }

    /** The number of pages, exact up to {@code limit}; {@code limit + 1} means more than {@code limit}. */
    static int count(String source, PDDocument pdf, int limit) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        if (root != null) {
            todo.push(new Node(root, 0));
        }
        int pages = 0;
        while (!todo.isEmpty() && pages <= limit) {
            Node n = todo.pop();
            if (!seen.add(n.dict())) {
                continue;                                       // a kid listed twice, or a cycle: PDFBox reads it once
            }
            if (!isTreeNode(n.dict())) {
                pages++;
                continue;
            }
            if (n.depth() >= MAX_DEPTH) {
                throw new CorruptDocumentException(source, DocumentProblem.of("pdf-pages-too-deep", "the PDF's page tree is "
                        + "nested more than " + MAX_DEPTH + " levels deep, which no PDF writer does (a damaged or crafted "
                        + "file); export the report again", "depth", MAX_DEPTH), null);
            }
            COSArray kids = n.dict().getCOSArray(COSName.KIDS);
            for (int i = kids == null ? 0 : kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.get(i);
                if (kid instanceof COSObject ref) {
                    kid = ref.getObject();
                }
                if (kid instanceof COSDictionary d) {
                    todo.push(new Node(d, n.depth() + 1));
                }
            }
        }
        return pages;
    }

    /** As PDFBox tells a node of the tree from a page. */
    private static boolean isTreeNode(COSDictionary d) {
        return COSName.PAGES.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.KIDS);
    }
}
