package dk.forbind.transparency.chain;

import dk.forbind.api.DataSubject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash under which the registry files a data subject: HMAC-SHA256 with the registry's
 * secret over {@code TYPE:id} (e.g. {@code CPR:0101701234}), in lower-case hex. Without the secret the
 * small CPR number space cannot be searched, so the registry does not become a second CPR register.
 */
public final class SubjectKey {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec secret;

    public SubjectKey(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the subject key secret must be at least 32 bytes, got " + secret.length);
        }
        this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String of(DataSubject subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] input = (subject.type().name() + ":" + subject.id()).getBytes(StandardCharsets.US_ASCII);
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
