package dk.forbind.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {

    @Test
    void splitsSchemeFromCredentials() {
        AuthorizationHeader bearer = AuthorizationHeader.parse("  Bearer   eyJ.a.b ").orElseThrow();
        assertEquals("Bearer", bearer.scheme());
        assertEquals("eyJ.a.b", bearer.credentials());
        assertTrue(bearer.hasScheme("bearer"));
        assertEquals("", AuthorizationHeader.parse("SAML").orElseThrow().credentials());
        assertEquals("citizen=0101701234", AuthorizationHeader.parse("Development citizen=0101701234").orElseThrow()
                .credentials());
    }

    @Test
    void anAbsentOrBlankHeaderIsNone() {
        assertTrue(AuthorizationHeader.parse(null).isEmpty());
        assertTrue(AuthorizationHeader.parse("  ").isEmpty());
    }
}
