package io.djcheck.render;

import io.djcheck.result.ResultView;

import java.io.IOException;
import java.io.Writer;

/** The console report of each result, one after the other; an input that failed gets a short block with its error. */
final class TextResultWriter implements ResultWriter {

    private final Writer out;
    private final ConsoleRenderer renderer;

    TextResultWriter(Writer out, boolean color) {
        this.out = out;
        this.renderer = new ConsoleRenderer(color);
    }

    @Override
    public void accept(ResultView result) throws IOException {
        out.write(renderer.render(result));
        out.write('\n');
        out.flush();                                         // a person is watching: show each report as it is done
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        out.write(renderer.renderFailure(source, error));
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
