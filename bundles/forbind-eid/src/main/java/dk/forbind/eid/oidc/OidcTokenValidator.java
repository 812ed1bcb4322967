package dk.forbind.eid.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an OIDC token (a signed JWT) step by step, each refusal with its own reason: the form, the
 * algorithm (asymmetric only — never {@code none} and never an HMAC keyed with a public key), the
 * key named by {@code kid} in the identity provider's JWKS, the signature, then {@code iss},
 * {@code aud}, {@code exp}, {@code nbf}, {@code iat} and the lifetime they span. The cryptography is
 * nimbus-jose-jwt's.
 */
public final class OidcTokenValidator {
    private final OidcSettings settings;
    private final JWKSource<SecurityContext> keys;

    public OidcTokenValidator(OidcSettings settings, JWKSource<SecurityContext> keys) {
        this.settings = settings;
        this.keys = keys;
    }

    /** The claims of a token that passed every check at {@code now}. */
    public JWTClaimsSet validate(String token, Instant now) throws TokenRejected {
        SignedJWT jwt = signed(parse(token));
        JWTClaimsSet claims = claims(jwt);
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!settings.algorithms().contains(algorithm)) {
            throw new TokenRejected("signature algorithm " + algorithm + " is not accepted; expected one of "
                    + new TreeSet<>(settings.algorithms().stream().map(JWSAlgorithm::getName).toList()));
        }
        verifySignature(jwt, key(header));
        checkClaims(claims, now);
        return claims;
    }

    private static JWT parse(String token) throws TokenRejected {
        if (token == null || token.isBlank()) {
            throw new TokenRejected("no token");
        }
        try {
            return JWTParser.parse(token.strip());
        } catch (ParseException e) {
            throw new TokenRejected("malformed token: " + e.getMessage());
        }
    }

    private static SignedJWT signed(JWT jwt) throws TokenRejected {
        if (jwt instanceof PlainJWT) {
            throw new TokenRejected("unsigned token (alg none) refused");
        }
        if (jwt instanceof EncryptedJWT) {
            throw new TokenRejected("encrypted tokens are not accepted; send the signed token");
        }
        return (SignedJWT) jwt;
    }

    private JWK key(JWSHeader header) throws TokenRejected {
        if (header.getKeyID() == null) {
            throw new TokenRejected("token names no key (kid)");
        }
        JWKMatcher matcher = new JWKMatcher.Builder()
                .keyID(header.getKeyID())
                .keyType(KeyType.forAlgorithm(header.getAlgorithm()))
                .keyUses(KeyUse.SIGNATURE, null)
                .build();
        List<JWK> found;
        try {
            found = keys.get(new JWKSelector(matcher), null);
        } catch (KeySourceException e) {
            throw new TokenRejected("the identity provider's keys (JWKS) cannot be read: " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new TokenRejected("unknown key id '" + header.getKeyID() + "' for " + header.getAlgorithm()
                    + ": not in the identity provider's JWKS");
        }
        return found.get(0);
    }

    private static void verifySignature(SignedJWT jwt, JWK key) throws TokenRejected {
        try {
            boolean valid = key instanceof RSAKey
                    ? jwt.verify(new RSASSAVerifier((RSAKey) key))
                    : jwt.verify(new ECDSAVerifier((ECKey) key));
            if (!valid) {
                throw new TokenRejected("signature does not verify: the token was altered or not signed by the"
                        + " identity provider");
            }
        } catch (JOSEException | ClassCastException e) {
            throw new TokenRejected("signature cannot be verified: " + e.getMessage());
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws TokenRejected {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejected("malformed claims: " + e.getMessage());
        }
    }

    private void checkClaims(JWTClaimsSet claims, Instant now) throws TokenRejected {
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw new TokenRejected("wrong issuer '" + claims.getIssuer() + "'; expected '" + settings.issuer() + "'");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw new TokenRejected("wrong audience " + audience + "; expected '" + settings.audience() + "'");
        }
        Instant expires = instant(claims.getExpirationTime());
        if (expires == null) {
            throw new TokenRejected("token has no expiry (exp)");
        }
        if (now.minus(settings.clockSkew()).isAfter(expires)) {
            throw new TokenRejected("token expired at " + expires);
        }
        Instant notBefore = instant(claims.getNotBeforeTime());
        if (notBefore != null && now.plus(settings.clockSkew()).isBefore(notBefore)) {
            throw new TokenRejected("token not valid before " + notBefore);
        }
        Instant issued = instant(claims.getIssueTime());
        if (issued != null && now.plus(settings.clockSkew()).isBefore(issued)) {
            throw new TokenRejected("token issued in the future (" + issued + ")");
        }
        settings.lifetime().check(issued != null ? issued : notBefore, expires, now, settings.clockSkew());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The algorithms named in a configuration value such as {@code RS256, PS256, ES256}. */
    public static Set<JWSAlgorithm> algorithms(String configured) {
        return Set.copyOf(java.util.Arrays.stream(configured.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(JWSAlgorithm::parse).toList());
    }
}
