package dk.forbind.transparency.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.forbind.api.DataSubject;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SubjectKeyTest {
    private static final byte[] SECRET = new byte[32];
    private static final byte[] OTHER_SECRET = new byte[32];

    static {
        Arrays.fill(OTHER_SECRET, (byte) 1);
    }

    @Test
    void isHmacSha256OverTypeAndIdWithTheSecret() {
        // RFC 2104 HMAC-SHA256, key = 32 zero bytes, message "CPR:0101701234" (computed with openssl)
        assertEquals("f33a1098f76b3366f29d5ea7c07fae53de1f7f825f11c1116826d6e2141ac203",
                new SubjectKey(SECRET).of(DataSubject.cpr("0101701234")));
        assertEquals(new SubjectKey(SECRET).of(DataSubject.cpr("0101701234")),
                new SubjectKey(SECRET.clone()).of(DataSubject.cpr("0101701234")));
    }

    @Test
    void differsBySecretSubjectAndType() {
        String key = new SubjectKey(SECRET).of(DataSubject.cpr("0101701234"));
        assertNotEquals(key, new SubjectKey(OTHER_SECRET).of(DataSubject.cpr("0101701234")));
        assertNotEquals(key, new SubjectKey(SECRET).of(DataSubject.cpr("0101701235")));
        assertNotEquals(new SubjectKey(SECRET).of(DataSubject.cvr("12345678")),
                new SubjectKey(SECRET).of(DataSubject.cpr("0012345678")));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new SubjectKey(new byte[16]));
    }
}
