package io.djcheck.server;

/**
 * A request the server answers with an error: the HTTP status and a JSON body {@code {code, message}},
 * whose message names the request or file, what is wrong and what to do.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    /** The message in Chinese, for {@code ?lang=zh}; null where there is none. */
    final String zh;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(int status, String code, String message, String zh) {
        super(message);
        this.status = status;
        this.code = code;
        this.zh = zh;
    }
}
