package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.result.ResultJson;

import java.io.IOException;
import java.io.Writer;

/**
 * One JSON document: the single result as an object when one input was given, else an array of
 * results (and failed inputs) written element by element as they come.
 */
final class JsonResultWriter implements ResultWriter {

    private final Writer out;
    private final boolean single;
    private int count;

    JsonResultWriter(Writer out, boolean single) {
        this.out = out;
        this.single = single;
    }

    @Override
    public void accept(ResultView result) throws IOException {
        element(ResultJson.toJson(result));
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        element(ResultJson.failureJson(source, error));
    }

    private void element(String json) throws IOException {
        if (single && count > 0) {
            throw new IllegalStateException("a single JSON document holds one result; open the writer without "
                    + "singleDocument for several");
        }
        out.write(single ? "" : count == 0 ? "[" : ",\n");
        out.write(json);
        count++;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!single) {
                out.write(count == 0 ? "[]" : "]");
            }
            if (!single || count > 0) {
                out.write('\n');
            }
        } finally {
            out.close();
        }
    }
}
