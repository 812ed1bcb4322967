package dk.forbind.sim.eid;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.sim.eid.saml.SamlIdentityProvider;
import java.time.Instant;
import java.util.function.Function;

/**
 * The form a test posts for a signed OIOSAML 3 assertion: {@code cpr} (required), {@code cvr} (an
 * employee of that company), {@code loa}, {@code audience}, {@code issuer}, {@code lifetime_seconds}
 * (default 300; negative gives an expired assertion), {@code not_before_seconds} and
 * {@code privileges} (base64 OIO Basic Privilege Profile).
 */
final class SamlAssertionForm {
    private SamlAssertionForm() {
    }

    static byte[] signedAssertion(SamlIdentityProvider idp, Function<String, String> form, Instant now) {
        String cpr = value(form, "cpr");
        if (cpr == null) {
            throw new IllegalArgumentException("cpr is required: the test person's 10-digit CPR number");
        }
        DataSubject.cpr(cpr);
        String cvr = value(form, "cvr");
        if (cvr != null) {
            DataSubject.cvr(cvr);
        }
        NsisLevel level = NsisLevel.parse(value(form, "loa") == null ? "Substantial" : value(form, "loa"));
        Instant from = now.plusSeconds(number(form, "not_before_seconds", 0));
        SamlIdentityProvider.Assertion assertion = idp.assertion(cpr).cvr(cvr).level(level.uri())
                .valid(from, from.plusSeconds(number(form, "lifetime_seconds", 300)))
                .privileges(value(form, "privileges"));
        if (value(form, "audience") != null) {
            assertion.audience(value(form, "audience"));
        }
        if (value(form, "issuer") != null) {
            assertion.issuer(value(form, "issuer"));
        }
        return assertion.signed();
    }

    private static String value(Function<String, String> form, String name) {
        String value = form.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static long number(Function<String, String> form, String name, long fallback) {
        String value = value(form, name);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of seconds, got '" + value + "'");
        }
    }
}
