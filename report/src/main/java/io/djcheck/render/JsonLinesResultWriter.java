package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.result.ResultJson;

import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one CheckResult (or failed input) per line, so a consumer can stream a batch of any size. */
final class JsonLinesResultWriter implements ResultWriter {

    private final Writer out;

    JsonLinesResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void accept(ResultView result) throws IOException {
        out.write(ResultJson.toJsonLine(result));
        out.write('\n');
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        out.write(ResultJson.failureJsonLine(source, error));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
