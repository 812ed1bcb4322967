package dk.forbind.rest;

import java.util.List;

/**
 * A refusal the caller should see as it is: an HTTP status, a short error code and a message that
 * says what to change. Never carries internals.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String challenge;
    private final transient List<String> reasons;
    private final int retryAfterSeconds;

    private ApiError(int status, String error, String message, String challenge) {
        this(status, error, message, challenge, List.of(), 0);
    }

    private ApiError(int status, String error, String message, String challenge, List<String> reasons,
                     int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.error = error;
        this.challenge = challenge;
        this.reasons = List.copyOf(reasons);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 400 for a document that fails validation, listing every reason found (in the body's {@code reasons}). */
    public static ApiError invalid(String message, List<String> reasons) {
        return new ApiError(400, "invalid", message, null, reasons, 0);
    }

    /** A 503: something the request needs does not answer now; the caller may try again later. */
    public static ApiError unavailable(String message) {
        return new ApiError(503, "unavailable", message, null);
    }

    /** A 503 with {@code Retry-After}: the caller may try again after so many seconds. */
    public static ApiError unavailable(String message, int retryAfterSeconds) {
        return new ApiError(503, "unavailable", message, null, List.of(), Math.max(1, retryAfterSeconds));
    }

    /** A 502: a system behind Forbind answered in a way Forbind cannot pass on. */
    public static ApiError badGateway(String message) {
        return new ApiError(502, "bad_gateway", message, null);
    }

    /** A 504: a system behind Forbind gave no answer in time. */
    public static ApiError gatewayTimeout(String message) {
        return new ApiError(504, "gateway_timeout", message, null);
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

    /** Every reason a document was refused (empty unless {@link #invalid}). */
    public List<String> reasons() {
        return reasons;
    }

    /** Seconds after which trying again may help ({@code Retry-After}), or 0 when not said. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The {@code WWW-Authenticate} value of a 401, else null. */
    public String challenge() {
        return challenge;
    }
}
