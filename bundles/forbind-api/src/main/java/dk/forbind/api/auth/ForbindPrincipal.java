package dk.forbind.api.auth;

import dk.forbind.api.DataSubject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, once authenticated: a name for logs, roles, the data subject the caller is (a
 * citizen's own CPR; absent for employees), the subjects the caller may act for (powers of
 * attorney) and the level of assurance of the login (NSIS Low / Substantial / High).
 */
public record ForbindPrincipal(String name, Set<ForbindRole> roles, DataSubject self,
                               Set<DataSubject> represents, NsisLevel loa) {

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

    /** Whether the caller may read records about {@code subject}: their own, or someone they represent. */
    public boolean mayReadAbout(DataSubject subject) {
        return subject.equals(self) || represents.contains(subject);
    }
}
