package dk.forbind.sim.eid;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.NsisLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The simulated MitID OIDC broker: signing keys made at start (RSA for RS256/PS256, EC P-256 for
 * ES256), published as a JWKS, and tokens with the claims a real broker issues for a citizen:
 * {@code dk.cpr}, {@code mitid.uuid}, {@code name}, {@code loa} (NSIS URI) and {@code idp}.
 */
final class SimulatedBroker {
    private final String issuer;
    private final RSAKey rsa;
    private final ECKey ec;

    SimulatedBroker(String issuer) {
        this.issuer = issuer;
        String run = Long.toString(System.currentTimeMillis(), 36);
        try {
            rsa = new RSAKeyGenerator(2048).keyID("sim-rsa-" + run).keyUse(KeyUse.SIGNATURE).generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID("sim-ec-" + run).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the simulator's keys", e);
        }
    }

    String issuer() {
        return issuer;
    }

    JWKSet publicKeys() {
        return new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK()));
    }

    /** What a test asks for: whose token, at which level, for whom, valid when, signed how. */
    record Request(String issuer, DataSubject citizen, NsisLevel level, String name, String audience, JWSAlgorithm algorithm,
                   Duration lifetime, Duration notBeforeOffset, String privileges) {
    }

    String issue(Request request, Instant now) {
        return issue(request, null, now);
    }

    /** The same, carrying the {@code nonce} of the authorization request it answers (none when null). */
    String issue(Request request, String nonce, Instant now) {
        Instant notBefore = now.plus(request.notBeforeOffset());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(request.issuer())
                .audience(request.audience())
                .subject(UUID.randomUUID().toString())
                .claim("dk.cpr", request.citizen().id())
                .claim("mitid.uuid", UUID.nameUUIDFromBytes(("mitid:" + request.citizen().id()).getBytes()).toString())
                .claim("name", request.name())
                .claim("loa", request.level().uri())
                .claim("idp", "mitid-simulator")
                .claim("privilegesIntermediate", request.privileges())
                .claim("nonce", nonce)
                .issueTime(Date.from(now.isBefore(notBefore) ? notBefore : now))
                .notBeforeTime(Date.from(notBefore))
                .expirationTime(Date.from(notBefore.plus(request.lifetime())))
                .build();
        boolean elliptic = JWSAlgorithm.ES256.equals(request.algorithm());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(request.algorithm())
                .keyID(elliptic ? ec.getKeyID() : rsa.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(elliptic ? new ECDSASigner(ec) : new RSASSASigner(rsa));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
