package dk.forbind.transparency.api;

/**
 * A refusal the caller should see as it is: an HTTP status, a short error code and a message that
 * says what to change. Never carries internals.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String challenge;

    private ApiError(int status, String error, String message, String challenge) {
        super(message);
        this.status = status;
        this.error = error;
        this.challenge = challenge;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message, null);
    }

    static ApiError unauthorized(String scheme, String message) {
        return new ApiError(401, "unauthorized", message, scheme + " realm=\"forbind\"");
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message, null);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message, null);
    }

    static ApiError conflict(String message) {
        return new ApiError(409, "conflict", message, null);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    /** The {@code WWW-Authenticate} value of a 401, else null. */
    String challenge() {
        return challenge;
    }
}
