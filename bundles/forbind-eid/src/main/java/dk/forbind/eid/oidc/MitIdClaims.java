package dk.forbind.eid.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.privileges.BasicPrivilegeProfile;
import dk.forbind.eid.privileges.ForbindPrivileges;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the claims of a validated MitID token (through an OIDC broker such as NemLog-in's) to a
 * Forbind principal: {@code dk.cpr} or {@code cprNumber} (the citizen's CPR number; present for
 * citizens), {@code mitid.uuid}, {@code name}, {@code loa} (NSIS level, required), {@code idp}, and
 * {@code privilegesIntermediate} (base64 OIO Basic Privilege Profile: powers of attorney and the
 * auditor privilege, see {@link ForbindPrivileges}).
 */
public final class MitIdClaims {
    public static final String CPR = "dk.cpr";
    public static final String CPR_NUMBER = "cprNumber";
    public static final String PRIVILEGES = "privilegesIntermediate";
    public static final String MITID_UUID = "mitid.uuid";
    public static final String NAME = "name";
    public static final String LOA = "loa";
    public static final String IDP = "idp";

    private MitIdClaims() {
    }

    public static ForbindPrincipal principal(JWTClaimsSet claims) throws TokenRejected {
        String cpr = text(claims, CPR);
        if (cpr == null) {
            cpr = text(claims, CPR_NUMBER);
        }
        String uuid = text(claims, MITID_UUID);
        if (cpr == null && uuid == null) {
            throw new TokenRejected("token names no person: neither " + CPR + " nor " + MITID_UUID);
        }
        String loa = text(claims, LOA);
        if (loa == null) {
            throw new TokenRejected("token carries no level of assurance (" + LOA + ")");
        }
        NsisLevel level;
        DataSubject self = null;
        List<BasicPrivilegeProfile.PrivilegeGroup> privileges = List.of();
        Set<DataSubject> represented;
        try {
            level = NsisLevel.parse(loa);
            if (cpr != null) {
                self = DataSubject.cpr(cpr);
            }
            String bpp = text(claims, PRIVILEGES);
            if (bpp != null) {
                privileges = BasicPrivilegeProfile.parse(bpp);
            }
            represented = ForbindPrivileges.represented(privileges);
        } catch (IllegalArgumentException e) {
            throw new TokenRejected(e.getMessage());
        }
        Set<ForbindRole> roles = new HashSet<>(ForbindPrivileges.roles(privileges));
        if (self != null) {
            roles.add(ForbindRole.CITIZEN);
        }
        String idp = text(claims, IDP);
        String name = (uuid != null ? "mitid:" + uuid : "citizen " + self.masked())
                + (idp == null ? "" : " via " + idp);
        return new ForbindPrincipal(name, roles, self, represented, level);
    }

    private static String text(JWTClaimsSet claims, String name) throws TokenRejected {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (ParseException e) {
            throw new TokenRejected("claim " + name + " must be a string");
        }
    }
}
