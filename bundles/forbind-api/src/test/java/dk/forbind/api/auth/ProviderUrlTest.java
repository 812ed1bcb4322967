package dk.forbind.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProviderUrlTest {

    @Test
    void httpsAnywhereAndPlainHttpOnlyOnThisMachine() throws IOException {
        assertEquals("https://broker.example/op/jwks", ProviderUrl.checked(" https://broker.example/op/jwks ", "JWKS")
                .toString());
        ProviderUrl.checked("http://localhost:8181/forbind/sim/eid/jwks", "JWKS");
        ProviderUrl.checked("http://127.0.0.1:8181/forbind/sim/eid/saml/metadata", "metadata");
        IOException plain = assertThrows(IOException.class,
                () -> ProviderUrl.checked("http://broker.example/op/jwks", "JWKS"));
        assertTrue(plain.getMessage().startsWith("the JWKS URL must be https"), plain.getMessage());
    }
}
