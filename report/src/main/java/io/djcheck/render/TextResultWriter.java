package io.djcheck.render;

import io.djcheck.result.ResultView;

import java.io.IOException;
import java.io.Writer;

/**
 * The console report a reviewer scans: the legend of the symbols first, then each report as it is
 * done (an input that failed gets a short block with its error), and after more than one report a
 * closing table of them all, best score first ({@link RankingTable}). Brief: only that table.
 */
final class TextResultWriter implements ResultWriter {

    private final Writer out;
    private final ConsoleRenderer renderer;
    private final RankingTable table;
    private final boolean brief;
    private boolean started;

    TextResultWriter(Writer out, boolean color, boolean brief) {
        this.out = out;
        this.renderer = new ConsoleRenderer(color);
        this.table = new RankingTable(renderer);
        this.brief = brief;
    }

    @Override
    public void accept(ResultView result) throws IOException {
        table.add(result);
        show(renderer.render(result));
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        table.addFailure(source, error);
        show(renderer.renderFailure(source, error));
    }

    private void show(String block) throws IOException {
        if (brief) {
            return;
        }
        if (!started) {
            out.write(renderer.legend());
            out.write('\n');
            started = true;
        }
        out.write(block);
        out.write('\n');
        out.flush();                                         // a person is watching: show each report as it is done
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (brief ? table.size() > 0 : table.size() > 1) {
                out.write(table.render());
            }
        }
    }
}
