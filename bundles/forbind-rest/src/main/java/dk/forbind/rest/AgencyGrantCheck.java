package dk.forbind.rest;

import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets an agency system reach an API operation only when the operation is marked {@link AgencyOperation} and a
 * grant of {@link AgencyAccess} names it ({@code api:<api>.<operation>}); anything else is a 403 with the reason.
 * Callers that are no agency system pass untouched.
 */
public final class AgencyGrantCheck {
    private final String api;
    private final Supplier<Optional<AgencyAccess>> access;

    public AgencyGrantCheck(String api, Supplier<Optional<AgencyAccess>> access) {
        this.api = api.toLowerCase(Locale.ROOT);
        this.access = access;
    }

    /** @throws ApiError 403 when the caller is an agency system that may not reach this operation */
    public void check(ForbindPrincipal caller, Class<?> resource, Method method) {
        Optional<AgencySystem> system = caller.agencySystem();
        if (system.isEmpty()) {
            return;
        }
        AgencyOperation operation = method != null && method.isAnnotationPresent(AgencyOperation.class)
                ? method.getAnnotation(AgencyOperation.class)
                : resource == null ? null : resource.getAnnotation(AgencyOperation.class);
        if (operation == null) {
            throw ApiError.forbidden("agency systems cannot call this operation of the " + api + " API");
        }
        String target = "api:" + api + "." + operation.value();
        AccessDecision decision = access.get().map(a -> a.decide(system.get(), target))
                .orElse(AccessDecision.denied("agency access is not configured on this node"));
        if (!decision.allowed()) {
            throw ApiError.forbidden(decision.reason());
        }
    }
}
