package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void aValueCannotForgeALogLineOrHideWhatFollows() {
        assertEquals("wrong issuer 'x\\u000a2026-11-30 | INFO  | admin logged in'",
                UntrustedText.forLog("wrong issuer 'x\n2026-11-30 | INFO  | admin logged in'"));
        assertEquals("a\\u000db\\u001b[31mc\\u0000d\\u2028e\\u202ef\\u2066g\\u0085h",
                UntrustedText.forLog("a\rb\u001b[31mc\u0000d\u2028e\u202ef\u2066g\u0085h"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("Søren Ærø wrote 'æøå' – fine", UntrustedText.forLog("Søren Ærø wrote 'æøå' – fine"));
        assertEquals("null", UntrustedText.forLog(null));
    }

    @Test
    void aLongValueIsCutWithANote() {
        String logged = UntrustedText.forLog("x".repeat(UntrustedText.MAX_LOGGED + 25));
        assertTrue(logged.startsWith("x".repeat(UntrustedText.MAX_LOGGED) + "... (25 more characters)"), logged);
        assertEquals(UntrustedText.MAX_LOGGED + "... (25 more characters)".length(), logged.length());
    }
}
