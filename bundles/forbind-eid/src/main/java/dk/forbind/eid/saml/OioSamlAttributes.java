package dk.forbind.eid.saml;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.auth.ForbindRole;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.eid.oidc.TokenRejected;
import dk.forbind.eid.privileges.BasicPrivilegeProfile;
import dk.forbind.eid.privileges.ForbindPrivileges;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps the OIOSAML 3 attributes of a verified assertion to a Forbind principal. */
public final class OioSamlAttributes {
    public static final String CPR = "https://data.gov.dk/model/core/eid/cprNumber";
    public static final String CVR = "https://data.gov.dk/model/core/eid/professional/cvr";
    public static final String LOA = "https://data.gov.dk/concept/core/nsis/loa";
    public static final String PRIVILEGES = "https://data.gov.dk/model/core/eid/privilegesIntermediate";
    public static final String NAME = "https://data.gov.dk/model/core/eid/fullName";

    private OioSamlAttributes() {
    }

    public static ForbindPrincipal principal(Map<String, List<String>> attributes) throws TokenRejected {
        try {
            String loa = single(attributes, LOA);
            if (loa == null) {
                throw new TokenRejected("assertion carries no level of assurance (" + LOA + ")");
            }
            String cpr = single(attributes, CPR);
            String cvr = single(attributes, CVR);
            if (cpr == null && cvr == null) {
                throw new TokenRejected("assertion names no person: neither " + CPR + " nor " + CVR);
            }
            String bpp = single(attributes, PRIVILEGES);
            List<BasicPrivilegeProfile.PrivilegeGroup> privileges = bpp == null ? List.of()
                    : BasicPrivilegeProfile.parse(bpp);
            DataSubject self = cpr == null ? null : DataSubject.cpr(cpr);
            Set<ForbindRole> roles = new HashSet<>(ForbindPrivileges.roles(privileges));
            if (self != null && cvr == null) {
                roles.add(ForbindRole.CITIZEN);
            }
            String name = cvr != null ? "employee of CVR " + DataSubject.cvr(cvr).id() : "citizen " + self.masked();
            return new ForbindPrincipal(name, roles, cvr == null ? self : null, ForbindPrivileges.represented(privileges),
                    NsisLevel.parse(loa));
        } catch (IllegalArgumentException e) {
            throw new TokenRejected(e.getMessage());
        }
    }

    private static String single(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("attribute " + name + " has " + values.size() + " values; one is allowed");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
