package dk.forbind.api;

import dk.forbind.api.auth.NsisLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a connector is: its id (also the name of its queues), the agency that owns it (CVR or
 * MyndighedsID), what it does, and whether it handles data subjects. A connector that handles
 * data subjects must carry a {@link ProcessingDeclaration}; the runtime refuses to start it otherwise.
 * A connector may require a minimum NSIS level of assurance ({@code minimumLoa}) of the person on
 * whose behalf each message comes (header {@code ForbindLoa}); the runtime parks the others.
 * A connector names what it needs ({@link ConnectorDependency}): while one is down its messages wait.
 */
public record ConnectorDescriptor(String id, String agency, String description, boolean handlesDataSubjects,
                                  ProcessingDeclaration declaration, NsisLevel minimumLoa,
                                  List<ConnectorDependency> dependencies) {

    public ConnectorDescriptor(String id, String agency, String description, boolean handlesDataSubjects,
                               ProcessingDeclaration declaration) {
        this(id, agency, description, handlesDataSubjects, declaration, null, List.of());
    }

    /** The same connector, requiring at least {@code level} of every message. */
    public ConnectorDescriptor requiringAtLeast(NsisLevel level) {
        return new ConnectorDescriptor(id, agency, description, handlesDataSubjects, declaration, level,
                dependencies);
    }

    /** The same connector, needing these too. */
    public ConnectorDescriptor dependingOn(ConnectorDependency... needed) {
        List<ConnectorDependency> all = new ArrayList<>(dependencies);
        all.addAll(Arrays.asList(needed));
        return new ConnectorDescriptor(id, agency, description, handlesDataSubjects, declaration, minimumLoa, all);
    }

    public Optional<NsisLevel> minimumAssurance() {
        return Optional.ofNullable(minimumLoa);
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public ConnectorDescriptor {
        Objects.requireNonNull(id, "connector id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("connector id '" + id
                    + "' must be lower-case letters, digits and dashes (at most 63), starting with a letter or digit");
        }
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("connector " + id + " must name its owning agency (CVR or MyndighedsID)");
        }
        description = description == null ? "" : description;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        if (dependencies.stream().map(ConnectorDependency::name).distinct().count() != dependencies.size()) {
            throw new IllegalArgumentException("connector " + id + " names a dependency twice: " + dependencies);
        }
    }

    /** A connector that handles citizens' or businesses' data, with its declaration. */
    public static ConnectorDescriptor withPersonalData(String id, String agency, String description,
                                                       ProcessingDeclaration declaration) {
        return new ConnectorDescriptor(id, agency, description, true, declaration);
    }

    /** A connector that never handles data subjects (technical flows, health checks). */
    public static ConnectorDescriptor withoutPersonalData(String id, String agency, String description) {
        return new ConnectorDescriptor(id, agency, description, false, null);
    }

    public Optional<ProcessingDeclaration> processingDeclaration() {
        return Optional.ofNullable(declaration);
    }

    /** The connector's inbound queue. */
    public String inboundAddress() {
        return ForbindAddresses.inbound(id);
    }
}
