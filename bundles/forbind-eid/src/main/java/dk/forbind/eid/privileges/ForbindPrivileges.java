package dk.forbind.eid.privileges;

import dk.forbind.api.DataSubject;
import dk.forbind.api.auth.ForbindRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What privileges mean in Forbind. A power of attorney is the privilege {@link #READ_ON_BEHALF}
 * within a scope naming a CPR ({@code urn:dk:gov:saml:cprNumberIdentifier:<cpr>}) or a CVR
 * ({@code urn:dk:gov:saml:cvrNumberIdentifier:<cvr>}): the holder may read that subject's
 * transparency records. {@link #AUDITOR} in any scope makes the holder an auditor.
 */
public final class ForbindPrivileges {
    public static final String READ_ON_BEHALF = "urn:dk:forbind:privilege:transparency:read";
    public static final String AUDITOR = "urn:dk:forbind:privilege:transparency:auditor";
    static final String CPR_SCOPE = "urn:dk:gov:saml:cprNumberIdentifier:";
    static final String CVR_SCOPE = "urn:dk:gov:saml:cvrNumberIdentifier:";

    private ForbindPrivileges() {
    }

    /** The subjects the holder may act for. Scopes that name no CPR or CVR are ignored. */
    public static Set<DataSubject> represented(List<BasicPrivilegeProfile.PrivilegeGroup> groups) {
        Set<DataSubject> subjects = new HashSet<>();
        for (BasicPrivilegeProfile.PrivilegeGroup group : groups) {
            if (!group.privileges().contains(READ_ON_BEHALF)) {
                continue;
            }
            if (group.scope().startsWith(CPR_SCOPE)) {
                subjects.add(DataSubject.cpr(group.scope().substring(CPR_SCOPE.length())));
            } else if (group.scope().startsWith(CVR_SCOPE)) {
                subjects.add(DataSubject.cvr(group.scope().substring(CVR_SCOPE.length())));
            }
        }
        return subjects;
    }

    public static Set<ForbindRole> roles(List<BasicPrivilegeProfile.PrivilegeGroup> groups) {
        return groups.stream().anyMatch(g -> g.privileges().contains(AUDITOR)) ? Set.of(ForbindRole.AUDITOR)
                : Set.of();
    }
}
