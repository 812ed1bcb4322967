package dk.forbind.api.auth;

import dk.forbind.api.DataSubject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, once authenticated: a name for logs, roles, the data subject the caller is (a
 * citizen's own CPR; absent for employees), the subjects the caller may act for (powers of
 * attorney), the level of assurance of the login (NSIS Low / Substantial / High), and for an agency's
 * IT system the system its certificate names.
 */
public record ForbindPrincipal(String name, Set<ForbindRole> roles, DataSubject self,
                               Set<DataSubject> represents, NsisLevel loa, AgencySystem agency) {

    /** A person: a citizen, an employee or an auditor. */
    public ForbindPrincipal(String name, Set<ForbindRole> roles, DataSubject self, Set<DataSubject> represents,
                            NsisLevel loa) {
        this(name, roles, self, represents, loa, null);
    }

    /** An agency's IT system, authenticated by its system certificate at the given level of assurance. */
    public static ForbindPrincipal of(AgencySystem system, NsisLevel loa) {
        return new ForbindPrincipal(system.toString(), Set.of(ForbindRole.AGENCY_SYSTEM), null, Set.of(), loa,
                system);
    }

    public ForbindPrincipal {
        Objects.requireNonNull(name, "principal name");
        Objects.requireNonNull(loa, "level of assurance");
        roles = Set.copyOf(roles);
        represents = Set.copyOf(represents);
    }

    public boolean has(ForbindRole role) {
        return roles.contains(role);
    }

    public Optional<DataSubject> subject() {
        return Optional.ofNullable(self);
    }

    /** The agency system calling, if an agency's system is the caller. */
    public Optional<AgencySystem> agencySystem() {
        return Optional.ofNullable(agency);
    }

    /** Whether the caller may read records about {@code subject}: their own, or someone they represent. */
    public boolean mayReadAbout(DataSubject subject) {
        return subject.equals(self) || represents.contains(subject);
    }
}
