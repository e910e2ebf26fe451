package io.djcheck.server;

/**
 * A request the server answers with an error: the HTTP status and a JSON body {@code {code, message}},
 * whose message names the request or file, what is wrong and what to do.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
