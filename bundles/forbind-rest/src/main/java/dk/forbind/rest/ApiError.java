package dk.forbind.rest;

/**
 * A refusal the caller should see as it is: an HTTP status, a short error code and a message that
 * says what to change. Never carries internals.
 */
public final class ApiError extends RuntimeException {
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

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message, null);
    }

    public static ApiError unauthorized(String scheme, String message) {
        return new ApiError(401, "unauthorized", message, scheme + " realm=\"forbind\"");
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message, null);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message, null);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, "conflict", message, null);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** The {@code WWW-Authenticate} value of a 401, else null. */
    public String challenge() {
        return challenge;
    }
}
